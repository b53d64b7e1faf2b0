/**
 * Post-build step: the printed documents of src/utils/printed-documents.ts (the investment
 * handbook, the tourism and investment leaflets, the monthly bulletins) printed to one PDF per locale by Chromium, and
 * their download links shown (scripts/lib/print-pdfs.ts). Without Chromium it warns and the site
 * stays complete; a Chromium that fails stops the build. A leaflet that no longer fits its two
 * pages is a warning, not a failure: the rest of the site still deploys.
 */
import type { PostBuildStep } from './step.ts';

export const printPdfsStep: PostBuildStep = {
  name: 'print-pdfs',
  title: 'Printing the PDFs (handbook, leaflets, bulletins) per locale',
  async run({ dir, basePath, logger }) {
    const { documentsIn, printPdfs, printReport } = await import('../../../scripts/lib/print-pdfs.ts');
    const documents = documentsIn(dir);
    const report = printReport(await printPdfs({ dir, basePath, documents }), dir, documents);
    if (report.warning) logger.warn(report.warning);
    for (const line of report.lines) logger.info(line);
    for (const warning of report.warnings) logger.warn(warning);
  },
};
