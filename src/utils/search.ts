/** What the search index knows about pages: the content type of each collection, used as a Pagefind filter. */
import type { CollectionName } from '../content/schemas.ts';

export const searchTypes = ['festival', 'destination', 'product', 'incentive', 'opportunity', 'park', 'handbook', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeOf: Record<CollectionName, SearchType> = {
  festivals: 'festival',
  destinations: 'destination',
  products: 'product',
  incentives: 'incentive',
  opportunities: 'opportunity',
  parks: 'park',
  handbook: 'handbook',
  pages: 'page',
};

/** Most queries a reader types become at most this many Pagefind searches. */
const maxVariants = 16;

/**
 * The searches to run for what a reader typed. Text is NFC-normalised (an NFD query matches like
 * an NFC one) and lower-cased. Pagefind already ignores tone marks, but đ is a letter of its own,
 * not d with a mark; people without a Vietnamese keyboard type d. In Vietnamese a d or đ can only
 * begin a syllable, so for each word that begins with d the đ spelling is searched too. The
 * query as typed always comes first, so exact matches keep their rank.
 */
export function queryVariants(query: string, lang: string): string[] {
  const words = query.normalize('NFC').toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const vietnamese = lang.toLowerCase().startsWith('vi');
  let variants: string[][] = [[]];
  for (const word of words) {
    const spellings = vietnamese && word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
    variants = variants.flatMap((prefix) => spellings.map((s) => [...prefix, s])).slice(0, maxVariants);
  }
  return variants.map((v) => v.join(' '));
}

export interface RankedResult<T> {
  id: string;
  score: number;
  result: T;
}

/** Merges the results of several searches: one entry per page, with its best score, best first. */
export function mergeResults<T>(runs: ReadonlyArray<ReadonlyArray<{ id: string; score: number; result: T }>>): RankedResult<T>[] {
  const best = new Map<string, RankedResult<T>>();
  runs.forEach((run, i) => {
    // On equal scores the query as typed (the first run) wins.
    const bonus = i === 0 ? 1.000001 : 1;
    for (const r of run) {
      const score = r.score * bonus;
      const current = best.get(r.id);
      if (!current || score > current.score) best.set(r.id, { id: r.id, score, result: r.result });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}
