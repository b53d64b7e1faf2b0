/**
 * Post-build step: the investment handbook printed to one PDF per locale by Chromium, and the
 * download links shown (scripts/lib/handbook-pdf.ts). Without Chromium it warns and the site
 * stays complete; a Chromium that fails stops the build.
 */
import type { PostBuildStep } from './step.ts';

export const handbookPdfStep: PostBuildStep = {
  name: 'handbook-pdf',
  title: 'Printing the investment handbook (PDF per locale)',
  async run({ dir, basePath, logger }) {
    const { buildHandbookPdfs, handbookReport } = await import('../../../scripts/lib/handbook-pdf.ts');
    const report = handbookReport(await buildHandbookPdfs({ dir, basePath }), dir);
    if (report.warning) logger.warn(report.warning);
    for (const line of report.lines) logger.info(line);
  },
};
