/**
 * Draws the demo infographics in `content/_media/` (`infographic-<name>.png`, 1080×1350): each is
 * an HTML page in the site's colours and its font (Be Vietnam Pro, from @fontsource, inlined so
 * that nothing is fetched), photographed by Chromium. The figures are in Vietnamese; the entries
 * in `content/infographics/<locale>/` repeat every figure as text in each language, so when a
 * figure changes here, change it there too.
 *
 * Needs Debian's Chromium (`apt-get install chromium`; `CHROMIUM_PATH` if it is elsewhere).
 * Run: `node scripts/generate-demo-infographics.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { chromiumPath, isExecutable, launchBrowser } from './lib/chromium.ts';
import { site } from '../src/config/site.ts';

const width = 1080;
const height = 1350;
const out = fileURLToPath(new URL('../content/_media/', import.meta.url));
const fontDir = fileURLToPath(new URL('../node_modules/@fontsource/be-vietnam-pro/', import.meta.url));
const { primary, primaryDark, accent, surface } = site.colors;

/** A figure as the picture shows it; `sample` marks a figure not taken from an official source (an asterisk, explained in the footnote). */
interface Figure {
  value: string;
  label: string;
  sample?: boolean;
}
type Block =
  | { kind: 'heroes'; items: Figure[] }
  | { kind: 'tiles'; title?: string; columns: 2 | 3; items: Figure[] }
  | { kind: 'stars'; title: string; rows: Array<{ stars: number; count: number }>; sample?: boolean }
  | { kind: 'chips'; title: string; items: string[] };
interface Infographic {
  /** Header colour. */
  colour: string;
  /** Colour of the large figures. */
  figureColour: string;
  kicker: string;
  title: string;
  subtitle: string;
  blocks: Block[];
  footnote?: string;
  source: string;
}

const infographics: Record<string, Infographic> = {
  'du-lich-con-so': {
    colour: primary,
    figureColour: primary,
    kicker: 'Đồng Tháp · Thuần khiết như hồn sen',
    title: 'Du lịch qua những con số',
    subtitle: 'Khách, lễ hội và hình ảnh Đất Sen Hồng',
    blocks: [
      {
        kind: 'heroes',
        items: [
          { value: '4,2 triệu', label: 'lượt khách du lịch năm 2024', sample: true },
          { value: '2.900 tỷ đồng', label: 'tổng thu từ khách du lịch năm 2024', sample: true },
        ],
      },
      {
        kind: 'tiles',
        columns: 2,
        items: [
          { value: '10', label: 'lễ hội, sự kiện lớn trong kế hoạch quảng bá năm 2024' },
          { value: 'Lần thứ 95', label: 'Lễ giỗ Cụ Phó bảng Nguyễn Sinh Sắc (2024)' },
          { value: '158 năm', label: 'tưởng niệm Thiên hộ Võ Duy Dương và Đốc binh Nguyễn Tấn Kiều' },
          { value: '2022–2032', label: 'Đề án bảo tồn và phát triển sếu đầu đỏ ở Tràm Chim' },
          { value: '3', label: 'cụm màn hình điện tử công cộng: Văn Miếu, Công viên Bác Hồ, Dinh Bà' },
          { value: '6', label: 'ngôn ngữ trên trang: Việt, Anh, Trung, Nhật, Hàn, Nga' },
        ],
      },
      {
        kind: 'chips',
        title: 'Điểm đến nổi bật',
        items: ['Đồng sen Tháp Mười', 'Vườn quốc gia Tràm Chim', 'Làng hoa Sa Đéc', 'Khu di tích Gò Tháp', 'Khu di tích Xẻo Quýt'],
      },
    ],
    footnote: '* Số liệu minh họa cho bản demo, không phải số liệu thống kê chính thức.',
    source: 'Nguồn: Kế hoạch truyền thông chính sách, quảng bá hình ảnh tỉnh Đồng Tháp năm 2024; Kế hoạch thông tin đối ngoại năm 2022.',
  },
  'ocop-dong-thap': {
    colour: accent,
    figureColour: accent,
    kicker: 'Chương trình Mỗi xã một sản phẩm',
    title: 'Sản phẩm OCOP Đồng Tháp',
    subtitle: 'Đặc sản Đất Sen Hồng được xếp hạng sao',
    blocks: [
      { kind: 'heroes', items: [{ value: '12', label: 'sản phẩm OCOP tiêu biểu giới thiệu trên trang', sample: true }] },
      {
        kind: 'stars',
        title: 'Theo hạng sao',
        sample: true,
        rows: [
          { stars: 5, count: 1 },
          { stars: 4, count: 6 },
          { stars: 3, count: 5 },
        ],
      },
      {
        kind: 'tiles',
        columns: 2,
        items: [
          { value: '5', label: 'ngành hàng chủ lực: lúa gạo, xoài, sen, cá tra, hoa kiểng' },
          { value: '2021–2025', label: 'giai đoạn Chương trình OCOP được tỉnh triển khai và quảng bá' },
        ],
      },
      {
        kind: 'chips',
        title: 'Sản phẩm tiêu biểu',
        items: ['Trà sen Tháp Mười', 'Xoài cát Chu Cao Lãnh', 'Hạt sen sấy Tháp Mười', 'Hoa kiểng Sa Đéc', 'Nem Lai Vung', 'Chiếu Định Yên'],
      },
    ],
    footnote: '* Theo danh mục sản phẩm trên trang; số sản phẩm và hạng sao là số liệu minh họa cho bản demo.',
    source: 'Nguồn: Kế hoạch truyền thông chính sách, quảng bá hình ảnh tỉnh Đồng Tháp năm 2024; Kế hoạch thông tin đối ngoại năm 2022.',
  },
  'dau-tu-ha-tang': {
    colour: primaryDark,
    figureColour: primary,
    kicker: 'Tiềm năng của chúng tôi – Cơ hội của bạn',
    title: 'Đầu tư vào Đồng Tháp',
    subtitle: 'Cao tốc, khu công nghiệp và chính sách hỗ trợ',
    blocks: [
      { kind: 'heroes', items: [{ value: '2024', label: 'khởi công cao tốc Mỹ An – Cao Lãnh, nối vào cao tốc TP. Hồ Chí Minh – Trung Lương' }] },
      {
        kind: 'tiles',
        title: 'Khu công nghiệp trong danh mục của trang',
        columns: 2,
        items: [
          { value: '3', label: 'khu công nghiệp đang hoạt động: Sa Đéc, Trần Quốc Toản, Sông Hậu', sample: true },
          { value: '596 ha', label: 'tổng diện tích 4 khu công nghiệp, kể cả KCN Tân Kiều đang quy hoạch', sample: true },
        ],
      },
      {
        kind: 'tiles',
        title: 'Chính sách hỗ trợ hạ tầng của tỉnh',
        columns: 2,
        items: [
          { value: '231/2019/NQ-HĐND', label: 'hỗ trợ đầu tư hạ tầng kỹ thuật cụm công nghiệp' },
          { value: '296/2019/NQ-HĐND', label: 'hỗ trợ đầu tư hạ tầng kỹ thuật khu công nghiệp' },
        ],
      },
      {
        kind: 'tiles',
        title: 'Thị trường và định hướng',
        columns: 2,
        items: [
          { value: '4', label: 'hiệp định thương mại tự do: EVFTA, UKVFTA, CPTPP, RCEP' },
          { value: '2021–2030', label: 'Quy hoạch tỉnh, tầm nhìn đến 2050 (Quyết định 39/QĐ-TTg ngày 11/01/2024)' },
        ],
      },
      {
        kind: 'chips',
        title: 'Kết nối giao thông',
        items: ['Cầu Cao Lãnh', 'Cầu Vàm Cống', 'Cao tốc Cao Lãnh – Lộ Tẻ', 'Tuyến tránh Cao Lãnh', 'Cửa khẩu quốc tế Dinh Bà'],
      },
    ],
    footnote: '* Số liệu minh họa cho bản demo, theo danh mục khu công nghiệp trên trang.',
    source: 'Nguồn: Kế hoạch truyền thông chính sách, quảng bá hình ảnh tỉnh Đồng Tháp năm 2024.',
  },
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text of a label, with the words that must stay together ("năm 2024", "Đồng Tháp") joined by no-break spaces. */
const keepTogether = (text: string) => escape(text).replace(/(năm|Đồng) (\d{4}|Tháp)/g, '$1&nbsp;$2');
const mark = (figure: { sample?: boolean }) => (figure.sample ? '<sup>*</sup>' : '');
/** A figure's number large and its unit ("triệu", "tỷ đồng", "ha") smaller beside it. */
function figureValue(value: string): string {
  const parts = /^([\d.,–]+)\s+(\D.*)$/.exec(value);
  return parts ? `${escape(parts[1]!)}<span class="unit">${escape(parts[2]!)}</span>` : escape(value);
}

/** Be Vietnam Pro's Vietnamese and Latin subsets in three weights, as @font-face rules with the files inlined. */
function fontFaces(): string {
  return [400, 600, 800]
    .map((weight) =>
      readFileSync(`${fontDir}${weight}.css`, 'utf8')
        .split('}')
        .filter((rule) => /-(vietnamese|latin|latin-ext)-\d+-normal/.test(rule))
        .map((rule) =>
          rule.replace(/src:[^;]+;/, (src) => {
            const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(src)?.[1];
            if (!file) throw new Error(`no woff2 file in ${weight}.css`);
            return `src: url(data:font/woff2;base64,${readFileSync(`${fontDir}files/${file}`).toString('base64')}) format('woff2');`;
          }),
        )
        .join('}\n'),
    )
    .join('}\n')
    .concat('}');
}

const star = (fill: string) =>
  `<svg viewBox="0 0 24 24" width="30" height="30" aria-hidden="true"><path fill="${fill}" d="M12 1.8l3.1 6.5 7.1.9-5.2 4.9 1.3 7-6.3-3.4-6.3 3.4 1.3-7-5.2-4.9 7.1-.9z"/></svg>`;

/** A lotus drawn like the demo illustrations, for the header. */
const lotus = `<svg class="lotus" viewBox="-120 -130 240 170" aria-hidden="true">${[-60, -30, 30, 60, 0]
  .map(
    (a) =>
      `<ellipse cx="0" cy="-52" rx="22" ry="56" transform="rotate(${a})" fill="#fff" fill-opacity="0.2" stroke="#fff" stroke-opacity="0.45" stroke-width="2"/>`,
  )
  .join('')}</svg>`;

function block(b: Block, colour: string): string {
  switch (b.kind) {
    case 'heroes':
      return `<section class="heroes n${b.items.length}">${b.items
        .map((f) => `<div class="hero"><p class="value">${figureValue(f.value)}${mark(f)}</p><p class="label">${keepTogether(f.label)}</p></div>`)
        .join('')}</section>`;
    case 'tiles':
      return `<section class="group">${b.title ? `<h2>${escape(b.title)}</h2>` : ''}<div class="tiles c${b.columns}">${b.items
        .map(
          (f) =>
            `<div class="tile"><p class="value${f.value.length > 10 ? ' long' : ''}">${figureValue(f.value)}${mark(f)}</p><p class="label">${keepTogether(f.label)}</p></div>`,
        )
        .join('')}</div></section>`;
    case 'stars': {
      const most = Math.max(...b.rows.map((r) => r.count));
      return `<section class="group"><h2>${escape(b.title)}</h2><div class="stars">${b.rows
        .map(
          (r) =>
            `<div class="row"><span class="icons">${star(colour).repeat(r.stars)}${star('#e3d3d9').repeat(5 - r.stars)}<span class="name">${r.stars} sao</span></span>` +
            `<span class="bar"><span style="width:${(r.count / most) * 100}%"></span></span><span class="count">${r.count}${mark(b)}</span></div>`,
        )
        .join('')}</div></section>`;
    }
    case 'chips':
      return `<section class="group"><h2>${escape(b.title)}</h2><ul class="chips">${b.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul></section>`;
  }
}

function html(info: Infographic): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(info.title)}</title><style>
${fontFaces()}
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { width: ${width}px; height: ${height}px; overflow: hidden; }
body { font-family: 'Be Vietnam Pro', 'Noto Sans', sans-serif; background: ${surface}; color: #2b1a21; display: flex; flex-direction: column; }
header { flex: none; background: ${info.colour}; color: #fff; padding: 52px 64px 48px; position: relative; overflow: hidden; }
header .kicker { font-size: 22px; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; opacity: 0.9; }
header h1 { font-size: 64px; font-weight: 800; line-height: 1.08; margin-top: 14px; max-width: 820px; }
header .subtitle { font-size: 27px; margin-top: 14px; opacity: 0.95; }
header .lotus { position: absolute; right: -40px; bottom: -36px; width: 280px; }
main { flex: 1; min-height: 0; overflow: hidden; padding: 32px 64px 0; display: flex; flex-direction: column; gap: 22px; }
.heroes { display: grid; gap: 24px; }
.heroes.n2 { grid-template-columns: 1fr 1fr; }
.hero { background: #fff; border-radius: 22px; padding: 22px 30px 24px; border-top: 10px solid ${info.figureColour}; box-shadow: 0 2px 0 rgba(0,0,0,0.05); }
.hero .value { font-size: 78px; font-weight: 800; color: ${info.figureColour}; line-height: 1.05; letter-spacing: -0.01em; }
.heroes.n2 .hero .value { font-size: 62px; }
.heroes.n1 .hero { display: flex; align-items: center; gap: 32px; }
.heroes.n1 .hero .label { margin-top: 0; }
.hero .label { font-size: 24px; margin-top: 6px; line-height: 1.3; }
h2 { font-size: 22px; font-weight: 800; letter-spacing: 0.1em; text-transform: uppercase; color: ${info.colour}; margin-bottom: 12px; }
.tiles { display: grid; gap: 16px; }
.tiles.c2 { grid-template-columns: 1fr 1fr; }
.tiles.c3 { grid-template-columns: 1fr 1fr 1fr; }
.tile { background: #fff; border-radius: 18px; padding: 14px 22px 16px; border-left: 8px solid ${accent}; }
.tile .value { font-size: 42px; font-weight: 800; color: ${info.figureColour}; line-height: 1.1; }
.tile .value.long { font-size: 34px; }
.tile .label { font-size: 20px; line-height: 1.3; margin-top: 4px; }
sup { font-size: 0.5em; vertical-align: super; margin-left: 2px; }
.unit { font-size: 0.5em; font-weight: 800; margin-left: 0.25em; }
.stars { background: #fff; border-radius: 18px; padding: 20px 28px; display: grid; gap: 14px; }
.stars .row { display: grid; grid-template-columns: auto 1fr 86px; align-items: center; gap: 22px; }
.stars .icons { display: flex; align-items: center; gap: 4px; }
.stars .name { font-size: 22px; font-weight: 600; margin-left: 12px; min-width: 64px; }
.stars .bar { height: 30px; background: #f3e6eb; border-radius: 15px; overflow: hidden; }
.stars .bar span { display: block; height: 100%; background: ${info.figureColour}; border-radius: 15px; }
.stars .count { font-size: 44px; font-weight: 800; color: ${info.figureColour}; text-align: right; line-height: 1; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 12px; }
.chips li { background: #fff; border: 2px solid ${info.colour}; color: ${info.colour}; border-radius: 999px; padding: 9px 22px; font-size: 22px; font-weight: 600; }
footer { flex: none; padding: 24px 64px 32px; }
footer .note { font-size: 19px; line-height: 1.4; }
footer .source { font-size: 18px; line-height: 1.4; color: #5b4650; margin-top: 6px; }
footer .publisher { margin-top: 16px; padding-top: 14px; border-top: 3px solid ${info.colour}; font-size: 20px; font-weight: 800; color: ${info.colour}; display: flex; justify-content: space-between; gap: 20px; }
footer .publisher span:last-child { font-weight: 600; }
</style></head><body>
<header><p class="kicker">${escape(info.kicker)}</p><h1>${keepTogether(info.title)}</h1><p class="subtitle">${escape(info.subtitle)}</p>${lotus}</header>
<main>${info.blocks.map((b) => block(b, info.figureColour)).join('')}</main>
<footer>${info.footnote ? `<p class="note">${escape(info.footnote)}</p>` : ''}<p class="source">${escape(info.source)}</p>
<p class="publisher"><span>${escape(site.publisher.vi)}</span><span>${escape(site.slogan.vi)}</span></p></footer>
</body></html>`;
}

/** What does not fit: text wider or taller than its box, or the page taller than the picture. */
async function overflowing(evaluate: <T>(fn: () => T) => Promise<T>): Promise<string[]> {
  return evaluate(() => {
    const problems: string[] = [];
    if (document.body.scrollHeight > document.body.clientHeight) problems.push(`the page is ${document.body.scrollHeight}px tall`);
    const main = document.querySelector('main')!;
    if (main.scrollHeight > main.clientHeight + 1) problems.push(`the figures need ${main.scrollHeight - main.clientHeight}px more height`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.value, .label, h1, h2, .chips li, .publisher span'))) {
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`"${el.textContent}" is too wide`);
    }
    return problems;
  });
}

async function main(): Promise<void> {
  if (!isExecutable(chromiumPath)) {
    console.error(
      `This script draws the infographics with Chromium, which is not at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  const browser = await launchBrowser();
  let failed = false;
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    // The page is self-contained; any request it makes is a mistake in it.
    await page.route('**/*', (route) => route.abort());
    for (const [name, info] of Object.entries(infographics)) {
      await page.setContent(html(info), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const fontsOk = await page.evaluate(
        () => document.fonts.check('800 40px "Be Vietnam Pro"', 'Đồng Tháp') && document.fonts.check('400 20px "Be Vietnam Pro"', 'ự'),
      );
      const problems = await overflowing((fn) => page.evaluate(fn));
      if (!fontsOk) problems.push('Be Vietnam Pro did not load');
      if (problems.length) {
        console.error(`✗ infographic-${name}.png: ${problems.join('; ')}`);
        failed = true;
        continue;
      }
      const png = await page.screenshot({ type: 'png' });
      await sharp(png).png({ compressionLevel: 9, palette: true, quality: 95, effort: 10 }).toFile(`${out}infographic-${name}.png`);
      console.log(`content/_media/infographic-${name}.png`);
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exit(1);
}

await main();
