/**
 * `npm run build:handbook`: prints the investment handbook to one PDF per locale from an
 * existing build (dist/ or $OUT_DIR) and links it from the handbook pages. `npm run build` runs
 * the same step before publishing. Exits non-zero only when Chromium is present but fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { buildHandbookPdfs, type HandbookResult } from './lib/handbook-pdf.ts';

export function reportHandbook(result: HandbookResult, root: string): void {
  if (result.status === 'skipped') {
    console.warn(`  ⚠ Handbook PDFs skipped: ${result.reason}. The site is complete; the handbook pages offer printing instead of a download.`);
    return;
  }
  for (const f of result.files)
    console.log(`  ${f.locale}: ${path.relative(root, f.file)} (${(f.bytes / 1024).toFixed(0)} KiB${f.reused ? ', unchanged: reused from the cache' : ''})`);
  console.log(`  download links added to ${result.pagesUpdated} page(s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
  try {
    reportHandbook(await buildHandbookPdfs({ dir, basePath: site.basePath }), root);
  } catch (error) {
    console.error(`✗ Handbook PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
