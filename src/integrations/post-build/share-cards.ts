/** Post-build step: the Open Graph card of every page, drawn or reused from the cache (scripts/lib/og-cards.ts). */
import type { PostBuildStep } from './step.ts';

export const shareCardsStep: PostBuildStep = {
  name: 'share-cards',
  title: 'Drawing the share cards (Open Graph)',
  async run({ dir, basePath, logger }) {
    const { buildOgCards } = await import('../../../scripts/lib/og-cards.ts');
    const cards = await buildOgCards(dir, basePath);
    logger.info(`${cards.count} card(s) in ${cards.seconds.toFixed(1)} s (${cards.reused} reused from the cache, ${cards.rendered} drawn)`);
  },
};
