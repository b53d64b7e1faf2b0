/** The QR codes of the printed leaflets: made by `qrcode`, read back by jsQR, an independent decoder. */
import { describe, expect, test } from 'vitest';
import { qrCode, quietZone, shortUrl } from '../../src/utils/qr.ts';
import { decodeAll, decodeSvg, rasterise } from '../support/qr.ts';

const addresses = [
  'https://dongthap.example/',
  'https://dongthap.example/ja/leaflets/tourism/',
  'https://dongthap.example/ru/invest/opportunities/nha-may-dien-mat-troi-ap-mai-cum-cong-nghiep/',
  'https://dongthap.example/some/sub/path/zh/invest/handbook.pdf',
  // A non-ASCII path, as URL.href writes it (percent-encoded UTF-8).
  new URL('https://dongthap.example/vi/đồng-sen/?q=sen tháp mười').href,
];

describe('qrCode', () => {
  test.each(addresses)('%s reads back exactly', async (url) => {
    expect(await decodeSvg(qrCode(url).svg)).toBe(url);
  });

  test('error correction M: the version is the smallest that holds the address at level M', () => {
    // Byte-mode capacity at level M: version 2 holds 26 bytes, 3 holds 42, 4 holds 62, 5 holds 84, 6 holds 106.
    expect(qrCode(`https://dongthap.example/${'a'.repeat(1)}`).version).toBe(2); // 26 bytes
    expect(qrCode(`https://dongthap.example/${'a'.repeat(2)}`).version).toBe(3); // 27 bytes
    expect(qrCode(`https://dongthap.example/${'a'.repeat(37)}`).version).toBe(4); // 62 bytes
    expect(qrCode(`https://dongthap.example/${'a'.repeat(38)}`).version).toBe(5); // 63 bytes
  });

  test('a four-module white quiet zone surrounds the code', async () => {
    const { svg, side, version } = qrCode('https://dongthap.example/en/tourism/');
    expect(side).toBe(17 + 4 * version + 2 * quietZone);
    // One pixel per module.
    const { data, width } = await rasterise(Buffer.from(svg), side);
    const dark = (x: number, y: number) => data[(y * width + x) * 4]! < 128;
    const border = [...Array(side).keys()].flatMap((i) =>
      [...Array(quietZone).keys()].flatMap((q) => [dark(i, q), dark(q, i), dark(i, side - 1 - q), dark(side - 1 - q, i)]),
    );
    expect(border.some(Boolean)).toBe(false);
    // The top-left finder pattern starts right inside it.
    expect(dark(quietZone, quietZone)).toBe(true);
    expect(dark(quietZone - 1, quietZone - 1)).toBe(false);
  });

  test('the SVG carries only numbers and path commands, nothing from the address', () => {
    const { svg } = qrCode('https://dongthap.example/ja/"><script>alert(1)</script>');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="qr" viewBox="0 0 \d+ \d+" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="\d+" height="\d+" fill="#fff"\/><path fill="#000" d="[Mhvz0-9 -]+"\/><\/svg>$/,
    );
  });

  test('refuses anything but an absolute http(s) address', () => {
    expect(() => qrCode('/ja/tourism/')).toThrow(/not an absolute http\(s\) address/);
    expect(() => qrCode('javascript:alert(1)')).toThrow(/not an absolute/);
    expect(() => qrCode('mailto:info@dongthap.example')).toThrow(/not an absolute/);
  });

  test('several codes on one picture are all found by decodeAll', async () => {
    const codes = addresses.slice(0, 4).map((url) => qrCode(url));
    // Side by side, as on a leaflet: 220 px codes 240 px apart.
    const cell = 240;
    const picture = `<svg xmlns="http://www.w3.org/2000/svg" width="${cell * 4}" height="${cell * 2}"><rect width="100%" height="100%" fill="#fff"/>${codes
      .map((c, i) => c.svg.replace('<svg ', `<svg x="${(i % 3) * cell}" y="${Math.floor(i / 3) * cell}" width="220" height="220" `))
      .join('')}</svg>`;
    const found = decodeAll(await rasterise(Buffer.from(picture), cell * 4));
    expect(found.sort()).toEqual(addresses.slice(0, 4).sort());
  });
});

test('shortUrl drops the scheme and the trailing slash', () => {
  expect(shortUrl('https://dongthap.example/ja/tourism/')).toBe('dongthap.example/ja/tourism');
  expect(shortUrl('https://dongthap.example/ja/invest/handbook.pdf')).toBe('dongthap.example/ja/invest/handbook.pdf');
  expect(shortUrl('http://dongthap.example/')).toBe('dongthap.example');
});
