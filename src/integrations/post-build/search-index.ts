/** Post-build step: the Pagefind search index, one per language (scripts/lib/search-index.ts). */
import type { PostBuildStep } from './step.ts';

export const searchIndexStep: PostBuildStep = {
  name: 'search-index',
  title: 'Indexing for search (Pagefind)',
  async run({ dir, logger }) {
    const { buildSearchIndex } = await import('../../../scripts/lib/search-index.ts');
    const search = await buildSearchIndex(dir);
    const perLanguage = Object.entries(search.languages)
      .map(([lang, n]) => `${lang} ${n}`)
      .join(', ');
    logger.info(`${search.pages} page(s) indexed in ${search.seconds.toFixed(1)} s (${perLanguage})`);
  },
};
