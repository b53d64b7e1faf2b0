/**
 * Post-build step: the Open Graph card of every page, drawn or reused from the cache
 * (scripts/lib/og-cards.ts), in a worker thread (see in-worker.ts for why).
 */
import { inWorker } from './in-worker.ts';
import type { PostBuildStep } from './step.ts';

const ogCards = new URL('../../../scripts/lib/og-cards.ts', import.meta.url);

export const shareCardsStep: PostBuildStep = {
  name: 'share-cards',
  title: 'Drawing the share cards (Open Graph)',
  async run({ dir, basePath, logger }) {
    const cards = await inWorker<typeof import('../../../scripts/lib/og-cards.ts'), 'buildOgCards'>(ogCards, 'buildOgCards', dir, basePath);
    logger.info(`${cards.count} card(s) in ${cards.seconds.toFixed(1)} s (${cards.reused} reused from the cache, ${cards.rendered} drawn)`);
  },
};
