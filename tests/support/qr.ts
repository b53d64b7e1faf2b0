/**
 * Reading QR codes back in tests with jsQR (a decoder written independently of the `qrcode`
 * encoder the site uses): from an SVG rasterised by sharp, or every code on a printed page.
 */
import jsQR, { type QRCode } from 'jsqr';
import sharp from 'sharp';

export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** RGBA pixels of an image file or buffer (a PNG from pdftoppm, an SVG), optionally drawn `width` pixels wide. */
export async function rasterise(input: string | Buffer, width?: number): Promise<Raster> {
  // Nearest-neighbour keeps module edges sharp when an SVG is drawn at a whole number of pixels per module.
  const image = sharp(input, { density: 300 }).flatten({ background: '#fff' });
  if (width) image.resize({ width, kernel: 'nearest' });
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** The text of the one QR code of an SVG. */
export async function decodeSvg(svg: string): Promise<string | undefined> {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const raster = await rasterise(Buffer.from(svg), side * 8);
  return jsQR(raster.data, raster.width, raster.height)?.data;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Paints a code jsQR found white: its corners plus two modules, well inside its four-module quiet zone. */
function paintWhite(pixels: Uint8ClampedArray, width: number, height: number, code: QRCode, offset = { x: 0, y: 0 }) {
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = code.location;
  const xs = [topLeftCorner.x, topRightCorner.x, bottomLeftCorner.x, bottomRightCorner.x].map((x) => x + offset.x);
  const ys = [topLeftCorner.y, topRightCorner.y, bottomLeftCorner.y, bottomRightCorner.y].map((y) => y + offset.y);
  const margin = Math.ceil(((Math.max(...xs) - Math.min(...xs)) / (17 + 4 * code.version)) * 2);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - margin);
  const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)) + margin);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - margin);
  const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)) + margin);
  for (let y = y0; y <= y1; y++) pixels.fill(255, (y * width + x0) * 4, (y * width + x1 + 1) * 4);
}

/**
 * Square blobs of ink that may be QR codes: dark pixels, thickened by `join` pixels so that a
 * code's modules make one blob, grouped into connected regions; text lines come out wide and
 * flat, pictures large, codes square.
 */
function squareBlobs({ data, width, height }: Raster, join = 3, minSide = 40, maxSide = 800): Box[] {
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < dark.length; i++) dark[i] = data[i * 4]! * 0.3 + data[i * 4 + 1]! * 0.59 + data[i * 4 + 2]! * 0.11 < 128 ? 1 : 0;
  // Thicken: horizontally, then vertically.
  const wide = new Uint8Array(dark.length);
  for (let y = 0; y < height; y++) {
    let last = -Infinity;
    for (let x = 0; x < width + join; x++) {
      if (x < width && dark[y * width + x]) last = x;
      const at = x - join;
      if (at >= 0 && at < width && x - last <= 2 * join) wide[y * width + at] = 1;
    }
  }
  const thick = new Uint8Array(dark.length);
  for (let x = 0; x < width; x++) {
    let last = -Infinity;
    for (let y = 0; y < height + join; y++) {
      if (y < height && wide[y * width + x]) last = y;
      const at = y - join;
      if (at >= 0 && at < height && y - last <= 2 * join) thick[at * width + x] = 1;
    }
  }
  const seen = new Uint8Array(dark.length);
  const stack = new Int32Array(dark.length);
  const boxes: Box[] = [];
  for (let start = 0; start < thick.length; start++) {
    if (!thick[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    const box = { x0: width, y0: height, x1: 0, y1: 0 };
    while (top) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
      for (const n of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
        if (n >= 0 && thick[n] && !seen[n]) {
          seen[n] = 1;
          stack[top++] = n;
        }
      }
    }
    const w = box.x1 - box.x0 + 1;
    const h = box.y1 - box.y0 + 1;
    if (w >= minSide && h >= minSide && w <= maxSide && h <= maxSide && w / h > 0.8 && w / h < 1.25) boxes.push(box);
  }
  return boxes;
}

/**
 * Every QR code of a picture (a page printed by pdftoppm). jsQR reads one code per call, and
 * with several codes in view it may pair the finder patterns of different codes and read none.
 * So each square blob of ink is first read on its own (cropped with room for its quiet zone),
 * and each code found is painted white; then the whole picture is read again and again, each
 * code found painted white, until jsQR finds none, so a code the blob search missed is still read.
 */
export function decodeAll(raster: Raster): string[] {
  const { width, height } = raster;
  const pixels = new Uint8ClampedArray(raster.data);
  const found: string[] = [];
  for (const box of squareBlobs(raster)) {
    const pad = Math.round((box.x1 - box.x0) * 0.2);
    const left = Math.max(0, box.x0 - pad);
    const top = Math.max(0, box.y0 - pad);
    const w = Math.min(width, box.x1 + pad + 1) - left;
    const h = Math.min(height, box.y1 + pad + 1) - top;
    const crop = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) crop.set(pixels.subarray(((top + y) * width + left) * 4, ((top + y) * width + left + w) * 4), y * w * 4);
    const code = jsQR(crop, w, h, { inversionAttempts: 'dontInvert' });
    if (!code) continue;
    found.push(code.data);
    paintWhite(pixels, width, height, code, { x: left, y: top });
  }
  for (let i = 0; i < 100; i++) {
    const code = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' });
    if (!code) break;
    found.push(code.data);
    paintWhite(pixels, width, height, code);
  }
  return found;
}
