/**
 * The bench's synthetic site copies only the first n entries of each collection, so the news
 * items it writes must not name entries it lacks (the build refuses such references).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readContentBytes } from '../../src/model/frontmatter.ts';
import { withoutReferences } from '../../scripts/lib/synthetic-site.ts';

const demo = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../content/news/vi', file), 'utf8');

test('a synthetic news item names no other entry, and a correction becomes an announcement', () => {
  const correction = readContentBytes(Buffer.from(withoutReferences('news', demo('dinh-chinh-so-lieu-xuat-khau-quy-3-2026.mdx'))));
  expect(correction.data).not.toHaveProperty('corrects');
  expect(correction.data).not.toHaveProperty('related');
  expect(correction.data.category).toBe('announcement');
  const fair = readContentBytes(Buffer.from(withoutReferences('news', demo('hoi-cho-ocop-dong-thap-2026.mdx'))));
  expect(fair.data).not.toHaveProperty('related');
  expect(fair.data.title).toBe(readContentBytes(Buffer.from(demo('hoi-cho-ocop-dong-thap-2026.mdx'))).data.title);
  expect(fair.body.trim()).toBe(readContentBytes(Buffer.from(demo('hoi-cho-ocop-dong-thap-2026.mdx'))).body.trim());
});

test('other collections are copied as they are', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../content/festivals/vi/le-hoi-sen.mdx'), 'utf8');
  expect(withoutReferences('festivals', text)).toBe(text);
});
