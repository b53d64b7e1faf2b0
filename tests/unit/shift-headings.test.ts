/**
 * Chapters placed on one page (the handbook as a book): headings move down a level, and each
 * chapter's own ids, and the links to them, are kept apart from the other chapters'.
 */
import * as cheerio from 'cheerio';
import { expect, test } from 'vitest';
import { renderBody } from '../../src/model/render-body.ts';
import { shiftHeadings } from '../../src/utils/shift-headings.ts';

test('two chapters with the same heading and footnotes keep unique ids, and each footnote link leads to its own note', async () => {
  const body = '## Liên hệ\n\nSố liệu[^1].\n\n[^1]: Nguồn: UBND tỉnh.';
  const chapters = await Promise.all(['ha-tang', 'kinh-te'].map(async (slug) => shiftHeadings((await renderBody(body)).html, 1, slug)));
  const $ = cheerio.load(chapters.join('\n'));
  const ids = $('[id]')
    .toArray()
    .map((el) => $(el).attr('id')!);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('user-content-ha-tang-liên-hệ');
  expect(
    $('h3')
      .toArray()
      .map((el) => $(el).attr('id')),
  ).toEqual(['user-content-ha-tang-liên-hệ', 'user-content-ha-tang-footnote-label', 'user-content-kinh-te-liên-hệ', 'user-content-kinh-te-footnote-label']);
  const links = $('a[href^="#"]')
    .toArray()
    .map((el) => $(el).attr('href')!.slice(1));
  expect(links).toHaveLength(4);
  for (const target of links) expect(ids, target).toContain(target);
  const references = $('[aria-describedby]')
    .toArray()
    .flatMap((el) => $(el).attr('aria-describedby')!.split(' '));
  expect(references).toEqual(['user-content-ha-tang-footnote-label', 'user-content-kinh-te-footnote-label']);
  // Without a scope only the levels change.
  expect(shiftHeadings('<h2 id="user-content-a">A</h2>', 1)).toBe('<h3 id="user-content-a">A</h3>');
});
