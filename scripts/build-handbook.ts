/**
 * `npm run build:handbook`: prints the documents of src/utils/printed-documents.ts (the investment
 * handbook, the leaflets and the monthly bulletins found in the build) to one PDF per locale from an existing build (dist/ or $OUT_DIR) and
 * links them from their pages. Every build runs the same step
 * (src/integrations/post-build/print-pdfs.ts). Exits non-zero only when Chromium is present but fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { printPdfs, printReport, type PrintResult } from './lib/print-pdfs.ts';

export function reportPdfs(result: PrintResult, root: string): void {
  const { warning, lines, warnings } = printReport(result, root);
  if (warning) console.warn(`  ⚠ ${warning}`);
  for (const line of lines) console.log(`  ${line}`);
  for (const line of warnings) console.warn(`  ⚠ ${line}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
  try {
    reportPdfs(await printPdfs({ dir, basePath: site.basePath }), root);
  } catch (error) {
    console.error(`✗ PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
