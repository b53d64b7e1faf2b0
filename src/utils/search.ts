/**
 * Query handling for the site search, bundled into the browser's search code: it imports nothing,
 * so the registry (`model/collections.ts`, which declares the search types) stays out of that bundle.
 */

/** Most queries a reader types become at most this many Pagefind searches. */
const maxVariants = 16;

/**
 * The searches to run for what a reader typed. Text is NFC-normalised (an NFD query matches like
 * an NFC one) and lower-cased. Pagefind already ignores tone marks, but đ is a letter of its own,
 * not d with a mark, and people without a Vietnamese keyboard type d. In Vietnamese a d or đ can
 * only begin a syllable, so when a query is typed without any accent, each word that begins with
 * d is searched with đ too. A query typed with accents is searched as typed: its writer had đ at
 * hand, so exact matches keep their rank.
 */
export function queryVariants(query: string, lang: string): string[] {
  const words = query.normalize('NFC').toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const unaccented = words.every((w) => /^[\x20-\x7e]+$/.test(w));
  const vietnamese = lang.toLowerCase().startsWith('vi') && unaccented;
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

/**
 * Merges the results of the searches for one query. Scores of different searches are not on one
 * scale (a rare word scores high), so each search's scores are divided by its best, and a page's
 * rank is the sum over the searches that found it: pages that match several readings of the
 * query come first. Each page keeps the result (and so the excerpt) of the search where it ranked
 * best, the query as typed winning ties.
 */
export function mergeResults<T>(runs: ReadonlyArray<ReadonlyArray<{ id: string; score: number; result: T }>>): RankedResult<T>[] {
  const merged = new Map<string, { id: string; score: number; result: T; best: number }>();
  for (const run of runs) {
    const top = Math.max(...run.map((r) => r.score), 0);
    for (const r of run) {
      const normalised = top > 0 ? r.score / top : 0;
      const current = merged.get(r.id);
      if (!current) merged.set(r.id, { id: r.id, score: normalised, result: r.result, best: normalised });
      else {
        current.score += normalised;
        if (normalised > current.best) Object.assign(current, { best: normalised, result: r.result });
      }
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).map(({ id, score, result }) => ({ id, score, result }));
}
