/**
 * `npm run build:handbook`: prints the investment handbook to one PDF per locale from an
 * existing build (dist/ or $OUT_DIR) and links it from the handbook pages. Every build runs the
 * same step (src/integrations/post-build/handbook-pdf.ts). Exits non-zero only when Chromium is present but fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { buildHandbookPdfs, handbookReport, type HandbookResult } from './lib/handbook-pdf.ts';

export function reportHandbook(result: HandbookResult, root: string): void {
  const { warning, lines } = handbookReport(result, root);
  if (warning) console.warn(`  ⚠ ${warning}`);
  for (const line of lines) console.log(`  ${line}`);
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
