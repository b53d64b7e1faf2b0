/**
 * Byte budgets of every site page in every locale, on the built site (scripts/lib/budgets.ts;
 * `npm run budget` prints the same figures as a report).
 */
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { budgets, heavyAsset, overBudget, toolTemplates, weighPage } from '../../scripts/lib/budgets.ts';
import { loadPages } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const cache = new Map<string, unknown>();
const weights = loadPages(distDir).map((p) => weighPage(distDir, p.file, '/', cache));

test('every template is measured in every locale', () => {
  const templates = new Set(weights.map((w) => w.template));
  for (const template of ['/', '/festivals/[slug]/', '/destinations/[slug]/', '/products/', '/products/[slug]/', '/invest/handbook/[slug]/', '/search/']) {
    expect(templates).toContain(template);
    for (const locale of localeCodes)
      expect(
        weights.some((w) => w.template === template && w.locale === locale),
        `${template} in ${locale}`,
      ).toBe(true);
  }
});

describe.each(localeCodes)('%s pages', (locale) => {
  const mine = weights.filter((w) => w.locale === locale);

  test('stay within the byte budgets', () => {
    expect(mine.length).toBeGreaterThan(30);
    const problems = mine.flatMap((w) => overBudget(w).map((p) => `${w.urlPath}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('content pages run no JavaScript on load beyond the small loaders, and never load the map or search engine or their styles', () => {
    for (const w of mine) {
      expect(
        [...w.css, ...w.script].filter((a) => heavyAsset.test(a.url)),
        w.urlPath,
      ).toEqual([]);
      if (!toolTemplates.has(w.template)) expect(w.scriptTotal, w.urlPath).toBeLessThanOrEqual(budgets.eagerScript);
    }
  });

  test('load the font subsets their text needs, and no CJK webfont', () => {
    for (const w of mine) {
      expect(w.fontTotal, w.urlPath).toBeLessThanOrEqual(budgets.fonts);
      for (const font of w.fonts) expect(font.url).toMatch(/be-vietnam-pro-(latin|vietnamese)-/);
    }
  });
});
