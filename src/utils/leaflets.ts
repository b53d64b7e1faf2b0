/**
 * What the printed leaflets pick from the collections (pages under `leaflets/`). A leaflet has
 * room for a few items of each kind; these rules choose them the same way in every language.
 */

/** How many items of each kind a leaflet shows: as many as fit two A4 pages in every language. */
export const leafletCounts = {
  destinations: 4,
  festivals: 3,
  products: 4,
  opportunities: 4,
  parks: 6,
  incentives: 5,
} as const;

/**
 * The first `count` items in their given order, preferring entries written in the leaflet's
 * language: an untranslated entry (a fallback) is taken only when there are not enough others.
 */
export function preferTranslated<T extends { isFallback: boolean }>(items: readonly T[], count: number): T[] {
  const chosen = new Set([...items.filter((i) => !i.isFallback), ...items.filter((i) => i.isFallback)].slice(0, count));
  return items.filter((i) => chosen.has(i));
}

/** OCOP products for a leaflet: the ones marked `featured` first, then by stars (5-star first); ties keep their order. */
export function leafletProducts<T extends { entry: { data: { featured: boolean; stars: number } } }>(items: readonly T[]): T[] {
  const rank = (i: T) => (i.entry.data.featured ? 10 : 0) + i.entry.data.stars;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(b.item) - rank(a.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** Projects to lead with: those calling for investors first, then the largest investment. */
export function leadOpportunities<T extends { status: string; capitalVnd: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => Number(b.status === 'calling') - Number(a.status === 'calling') || b.capitalVnd - a.capitalVnd);
}

/** Sentences run together as the script writes them: no space after a full-width full stop (Chinese, Japanese). */
export function joinSentences(...sentences: string[]): string {
  return sentences.reduce((text, next) => (!text ? next : /[。！？]$/.test(text) ? `${text}${next}` : `${text} ${next}`), '');
}
