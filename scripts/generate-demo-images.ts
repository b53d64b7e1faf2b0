/**
 * Draws the demo illustrations in `content/_media/`. The demo ships drawn scenes rather than
 * photographs so that the repository holds no third-party pictures; a province replaces them
 * with its own photos through the CMS. Run: `node scripts/generate-demo-images.ts`.
 */
import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';

const W = 1600;
const H = 1000;
const out = new URL('../content/_media/', import.meta.url);

function rand(seed: number) {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

function sky(top: string, bottom: string) {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
}
const sun = (x: number, y: number, r: number, c = '#fff3c4') => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}" opacity="0.9"/>`;
const ground = (y: number, c: string) => `<path d="M0 ${y} Q ${W / 2} ${y - 40} ${W} ${y} V ${H} H 0 Z" fill="${c}"/>`;
const water = (y: number, c: string) =>
  `<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${c}"/>` +
  Array.from(
    { length: 12 },
    (_, i) => `<path d="M ${i * 140} ${y + 30 + (i % 3) * 60} q 35 -8 70 0" stroke="#ffffff" stroke-opacity="0.35" stroke-width="4" fill="none"/>`,
  ).join('');

function lotus(x: number, y: number, s: number, c = '#e8679a') {
  const petal = (a: number) =>
    `<ellipse cx="0" cy="${-40 * s}" rx="${16 * s}" ry="${42 * s}" transform="rotate(${a})" fill="${c}" stroke="#b0124f" stroke-width="${1.5 * s}"/>`;
  return `<g transform="translate(${x} ${y})"><path d="M0 0 V ${120 * s}" stroke="#2e7d32" stroke-width="${5 * s}"/>${[-60, -30, 30, 60, 0].map(petal).join('')}</g>`;
}
const pad = (x: number, y: number, r: number) => `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.35}" fill="#2f8f46" stroke="#1d6b3a" stroke-width="3"/>`;

function crane(x: number, y: number, s: number) {
  return `<g transform="translate(${x} ${y}) scale(${s})"><ellipse cx="0" cy="0" rx="60" ry="26" fill="#f5f5f0"/><path d="M40 -10 Q 70 -90 60 -120" stroke="#3a3a3a" stroke-width="9" fill="none"/><circle cx="60" cy="-124" r="11" fill="#c62828"/><path d="M66 -124 l 30 8" stroke="#555" stroke-width="5"/><path d="M-10 20 l -10 90 M 10 20 l 5 90" stroke="#444" stroke-width="5"/><path d="M-60 0 q -30 10 -40 30" stroke="#222" stroke-width="10" fill="none"/></g>`;
}
function tree(x: number, y: number, s: number, c = '#2e6b34') {
  return `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-6" y="0" width="12" height="90" fill="#5d4037"/><ellipse cx="0" cy="-10" rx="48" ry="70" fill="${c}"/></g>`;
}
function pot(x: number, y: number, c: string) {
  return `<g transform="translate(${x} ${y})"><path d="M-30 0 h60 l-10 50 h-40 z" fill="#a0522d"/>${[0, 1, 2, 3, 4].map((i) => `<circle cx="${-22 + i * 11}" cy="${-14 - (i % 2) * 16}" r="14" fill="${c}"/>`).join('')}<circle cx="0" cy="-30" r="12" fill="#ffeb3b"/></g>`;
}
function tower(x: number, y: number) {
  return `<g transform="translate(${x} ${y})"><rect x="-90" y="-40" width="180" height="40" fill="#8d6e63"/><rect x="-70" y="-220" width="140" height="180" fill="#a1887f"/><path d="M-80 -220 L0 -330 L80 -220 Z" fill="#6d4c41"/><rect x="-22" y="-120" width="44" height="80" fill="#4e342e"/></g>`;
}
function house(x: number, y: number) {
  return `<g transform="translate(${x} ${y})"><rect x="-260" y="-200" width="520" height="200" fill="#f3e5c0"/><path d="M-300 -200 L0 -330 L300 -200 Z" fill="#8e3b2e"/>${[-190, -90, 10, 110].map((dx) => `<rect x="${dx}" y="-150" width="70" height="150" fill="#6d3b1f"/>`).join('')}<rect x="-300" y="-10" width="600" height="14" fill="#5d4037"/></g>`;
}
function factory(x: number, y: number, s: number) {
  return `<g transform="translate(${x} ${y}) scale(${s})"><path d="M0 0 V -120 l 80 -50 v 50 l 80 -50 v 50 l 80 -50 V 0 Z" fill="#90a4ae"/><rect x="190" y="-260" width="30" height="140" fill="#78909c"/>${[20, 100, 180].map((dx) => `<rect x="${dx}" y="-70" width="40" height="40" fill="#cfd8dc"/>`).join('')}</g>`;
}
function fish(x: number, y: number, s: number) {
  return `<g transform="translate(${x} ${y}) scale(${s})"><ellipse cx="0" cy="0" rx="120" ry="40" fill="#b0bec5"/><path d="M110 0 l 60 -40 v 80 z" fill="#90a4ae"/><circle cx="-80" cy="-8" r="7" fill="#263238"/></g>`;
}
function mango(x: number, y: number, s: number) {
  return `<g transform="translate(${x} ${y}) rotate(-20) scale(${s})"><ellipse cx="0" cy="0" rx="90" ry="60" fill="#fbc02d"/><ellipse cx="-25" cy="-20" rx="40" ry="18" fill="#fff59d" opacity="0.6"/><path d="M80 -20 q 30 -20 50 -10" stroke="#33691e" stroke-width="8" fill="none"/></g>`;
}
function parcel(x: number, y: number, s: number) {
  return `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-60" y="-40" width="120" height="80" rx="10" fill="#7cb342"/><path d="M-60 0 h120 M0 -40 v80" stroke="#c62828" stroke-width="8"/></g>`;
}
function cup(x: number, y: number) {
  return `<g transform="translate(${x} ${y})"><path d="M-120 0 h240 q -20 150 -120 150 q -100 0 -120 -150 z" fill="#fafafa" stroke="#bdbdbd" stroke-width="4"/><ellipse cx="0" cy="0" rx="120" ry="22" fill="#c5a14a"/><path d="M-140 170 h280" stroke="#8d6e63" stroke-width="14"/></g>`;
}
function weave() {
  const rows: string[] = [];
  for (let y = 0; y < H; y += 50)
    for (let x = 0; x < W; x += 50) {
      const on = ((x + y) / 50) % 2 === 0;
      rows.push(`<rect x="${x}" y="${y}" width="50" height="50" fill="${on ? '#d7a86e' : '#b5472f'}"/>`);
      rows.push(`<path d="M${x} ${y + 25} h50" stroke="#8d5524" stroke-width="3" opacity="0.5"/>`);
    }
  return rows.join('');
}
function road(y: number) {
  return `<path d="M${W * 0.42} ${y} L ${W * 0.58} ${y} L ${W} ${H} L 0 ${H} Z" fill="#546e7a"/><path d="M${W / 2} ${y} V ${H}" stroke="#fff" stroke-width="10" stroke-dasharray="50 40"/>`;
}
function runner(x: number, y: number, c: string) {
  return `<g transform="translate(${x} ${y})" stroke="${c}" stroke-width="12" stroke-linecap="round" fill="none"><circle cx="0" cy="-150" r="20" fill="${c}" stroke="none"/><path d="M0 -130 L -8 -60 L -40 0 M -8 -60 L 30 -10 M -4 -115 L 35 -85 M -4 -115 L -40 -90"/></g>`;
}
function lantern(x: number, y: number, c: string) {
  return `<g transform="translate(${x} ${y})"><path d="M0 -80 V -40" stroke="#5d4037" stroke-width="3"/><ellipse cx="0" cy="0" rx="36" ry="44" fill="${c}"/><rect x="-14" y="40" width="28" height="10" fill="#fbc02d"/></g>`;
}
function boat(x: number, y: number) {
  return `<g transform="translate(${x} ${y})"><path d="M-160 0 h320 l -40 50 h-240 z" fill="#6d4c41"/><rect x="-60" y="-60" width="120" height="60" fill="#8d6e63"/></g>`;
}

const r = rand(7);
const scenes: Record<string, string> = {
  'lotus-field':
    sky('#9ad0ec', '#fde2e4') +
    sun(1300, 180, 90) +
    water(520, '#4f8a8b') +
    Array.from({ length: 22 }, (_, i) => pad(60 + i * 72, 620 + (i % 4) * 90, 70)).join('') +
    Array.from({ length: 11 }, (_, i) => lotus(100 + i * 140, 480 + (i % 3) * 120, 1 + r() * 0.4)).join(''),
  'lotus-festival':
    sky('#1a237e', '#ad1457') +
    water(640, '#283593') +
    Array.from({ length: 9 }, (_, i) => lantern(120 + i * 170, 220 + (i % 2) * 80, i % 2 ? '#ff7043' : '#ffca28')).join('') +
    Array.from({ length: 7 }, (_, i) => lotus(170 + i * 210, 620, 1.3)).join(''),
  'tram-chim-cranes':
    sky('#b3e5fc', '#e8f5e9') +
    sun(260, 200, 70) +
    ground(560, '#7cb342') +
    water(700, '#5d9c9b') +
    Array.from({ length: 8 }, (_, i) => tree(80 + i * 210, 520, 0.9, '#33691e')).join('') +
    crane(600, 760, 1.6) +
    crane(980, 800, 1.3) +
    crane(1250, 740, 1),
  'sa-dec-flowers':
    sky('#fff8e1', '#ffe0b2') +
    ground(420, '#8d6e63') +
    Array.from({ length: 36 }, (_, i) =>
      pot(90 + (i % 12) * 130, 520 + Math.floor(i / 12) * 170, ['#e91e63', '#ff9800', '#f44336', '#9c27b0', '#ffeb3b'][i % 5]!),
    ).join(''),
  'go-thap-relic':
    sky('#ffe0b2', '#fff3e0') + sun(1250, 220, 80, '#ffcc80') + ground(760, '#689f38') + tree(250, 700, 1.4) + tree(1350, 690, 1.5) + tower(800, 780),
  'xeo-quyt-forest':
    sky('#c8e6c9', '#e8f5e9') +
    water(720, '#4e7d5b') +
    Array.from({ length: 14 }, (_, i) => tree(50 + i * 115, 640 + (i % 3) * 20, 1.3 + r() * 0.4, ['#2e7d32', '#1b5e20', '#388e3c'][i % 3])).join('') +
    boat(800, 820),
  'kien-an-cu-house': sky('#e3f2fd', '#fffde7') + ground(800, '#a5d6a7') + tree(180, 720, 1.6) + tree(1420, 720, 1.4) + house(800, 820),
  'temple-festival':
    sky('#ffcdd2', '#fff9c4') +
    ground(800, '#8d6e63') +
    tower(800, 820) +
    Array.from(
      { length: 10 },
      (_, i) =>
        `<path d="M${120 + i * 150} 300 v 220" stroke="#5d4037" stroke-width="6"/><path d="M${120 + i * 150} 300 l 70 30 l -70 30 z" fill="${['#d32f2f', '#fbc02d', '#388e3c'][i % 3]}"/>`,
    ).join(''),
  marathon:
    sky('#fce4ec', '#fff') +
    sun(800, 260, 110, '#ffab91') +
    ground(600, '#9ccc65') +
    road(420) +
    runner(620, 900, '#c2185b') +
    runner(840, 860, '#1565c0') +
    runner(1040, 920, '#2e7d32') +
    lotus(200, 560, 1.2) +
    lotus(1400, 560, 1.2),
  commemoration:
    sky('#eceff1', '#fff8e1') +
    ground(780, '#aed581') +
    tree(300, 700, 1.5) +
    tree(1300, 700, 1.5) +
    `<g transform="translate(800 800)"><rect x="-220" y="-60" width="440" height="60" fill="#9e9e9e"/><rect x="-150" y="-330" width="300" height="270" fill="#bdbdbd"/><path d="M-190 -330 L0 -430 L190 -330 Z" fill="#795548"/><rect x="-40" y="-140" width="80" height="80" fill="#ffb300"/></g>`,
  mango: sky('#f1f8e9', '#dcedc8') + Array.from({ length: 7 }, (_, i) => mango(220 + (i % 4) * 380, 340 + Math.floor(i / 4) * 360, 1.6)).join(''),
  'nem-lai-vung':
    sky('#fff3e0', '#ffe0b2') +
    `<rect x="0" y="640" width="${W}" height="${H - 640}" fill="#a1887f"/>` +
    Array.from({ length: 12 }, (_, i) => parcel(200 + (i % 6) * 240, 560 + Math.floor(i / 6) * 190, 1.3)).join(''),
  'lotus-tea': sky('#f3e5f5', '#fce4ec') + cup(800, 560) + lotus(300, 420, 1.8) + lotus(1300, 420, 1.8),
  'lotus-seeds':
    sky('#f1f8e9', '#fffde7') +
    Array.from(
      { length: 60 },
      (_, i) => `<circle cx="${140 + (i % 12) * 110}" cy="${260 + Math.floor(i / 12) * 120}" r="38" fill="#d7ccc8" stroke="#a1887f" stroke-width="4"/>`,
    ).join(''),
  pangasius: sky('#e0f7fa', '#b2ebf2') + water(300, '#4dd0e1') + fish(500, 520, 1.4) + fish(1100, 700, 1.2) + fish(900, 420, 0.9),
  mats: weave(),
  'rice-fields':
    sky('#bbdefb', '#e3f2fd') +
    sun(1350, 160, 70) +
    Array.from({ length: 8 }, (_, i) => `<rect x="0" y="${420 + i * 75}" width="${W}" height="75" fill="${i % 2 ? '#9ccc65' : '#c0ca33'}"/>`).join(''),
  'industrial-park': sky('#cfd8dc', '#eceff1') + ground(780, '#a5d6a7') + factory(150, 780, 1.2) + factory(650, 780, 1.4) + factory(1150, 780, 1),
  expressway:
    sky('#b3e5fc', '#e1f5fe') +
    water(640, '#4fc3f7') +
    `<path d="M0 520 L ${W} 420" stroke="#607d8b" stroke-width="60"/>` +
    Array.from({ length: 9 }, (_, i) => `<rect x="${60 + i * 180}" y="${510 - i * 11}" width="24" height="${200 + i * 11}" fill="#90a4ae"/>`).join(''),
  'river-port':
    sky('#e1f5fe', '#fff') +
    water(560, '#4a8fb5') +
    boat(450, 700) +
    boat(1150, 760) +
    `<rect x="1200" y="300" width="30" height="260" fill="#f57c00"/><path d="M1215 300 h 260" stroke="#f57c00" stroke-width="20"/>`,
  'cao-lanh-city':
    sky('#ffecb3', '#e1f5fe') +
    water(760, '#5d9c9b') +
    Array.from(
      { length: 10 },
      (_, i) =>
        `<rect x="${60 + i * 155}" y="${760 - 140 - ((i * 53) % 260)}" width="120" height="${140 + ((i * 53) % 260)}" fill="${['#b0bec5', '#90a4ae', '#cfd8dc'][i % 3]}"/>`,
    ).join('') +
    lotus(800, 640, 1.5),
  'handbook-cover': sky('#7a0c37', '#b0124f') + lotus(800, 520, 3.2, '#f8bbd0'),
};

await mkdir(out, { recursive: true });
for (const [name, body] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(new URL(`${name}.jpg`, out).pathname);
  console.log(`content/_media/${name}.jpg`);
}
