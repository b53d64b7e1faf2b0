/** Post-build step: the localized 404 pages moved to `<locale>/404.html`, where static hosts look for them. */
import type { PostBuildStep } from './step.ts';

export const nested404Step: PostBuildStep = {
  name: 'nested-404',
  title: 'Localized 404 pages',
  async run({ dir, logger }) {
    const { moveNested404 } = await import('../../../scripts/lib/nested-404.ts');
    logger.info(`moved ${await moveNested404(dir)} localized 404 page(s) to <locale>/404.html`);
  },
};
