/**
 * The province's logo for the press kit: the file of `site.logo` as it is, and a PNG drawn from
 * it at build time (`src/pages/logo-1024.png.ts`) for those whose tools do not take SVG.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { site } from '../config/site.ts';

/** The PNG's name under the site root and its width in pixels. */
export const logoPng = { file: 'logo-1024.png', width: 1024 } as const;

/** The logo file in `public/`, read from the project root, where every build runs. */
export function logoSource(): { path: string; bytes: Buffer } {
  const file = path.resolve(process.cwd(), 'public', site.logo);
  return { path: file, bytes: readFileSync(file) };
}

export interface RenderedLogo {
  bytes: Buffer;
  width: number;
  height: number;
}

let rendered: Promise<RenderedLogo> | undefined;

/** The logo as a PNG `logoPng.width` pixels wide with a transparent background, drawn once per build. */
export function renderLogoPng(): Promise<RenderedLogo> {
  rendered ??= (async () => {
    // Drawn large first (an SVG's density is its dots per inch), so the vector is never enlarged from a small bitmap.
    const { data, info } = await sharp(logoSource().bytes, { density: 1200 })
      .resize({ width: logoPng.width })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  })();
  return rendered;
}
