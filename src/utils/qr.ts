/**
 * QR codes for print: an absolute web address of the site as an inline SVG, made at build time.
 * The `qrcode` library does the encoding (mode, version, error correction, masking); this module
 * only draws its modules as one SVG path. Error correction level M (a code still reads with
 * about 15 % of it smudged or folded) and the four-module quiet zone the standard asks for, so
 * a code printed next to other ink still scans.
 *
 * The SVG holds nothing but numbers: no text, no attribute taken from content, so it is safe to
 * put inline. It is hidden from screen readers; the address it encodes is printed beside it.
 */
import QRCode from 'qrcode';

/** Modules of white border around the code (ISO/IEC 18004 asks for at least four). */
export const quietZone = 4;

export interface QrCode {
  /** The `<svg>` element, one square user unit per module, sized by CSS. */
  svg: string;
  /** QR version (1–40): grows with the length of the address. */
  version: number;
  /** Modules per side, quiet zone included. */
  side: number;
}

/** The address as a QR code; throws for anything but an absolute http(s) URL. */
export function qrCode(url: string): QrCode {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`qrCode: ${JSON.stringify(url)} is not an absolute http(s) address`);
  }
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  const side = size + 2 * quietZone;
  // One rectangle per horizontal run of dark modules.
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size;) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      path += `M${x + quietZone} ${y + quietZone}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" aria-hidden="true" focusable="false">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { svg, version: code.version, side };
}

/** How an address is printed under its code: no scheme, no trailing slash (`dongthap.example/ja/tourism`). */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
