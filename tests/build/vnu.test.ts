import { expect, test } from 'vitest';
import { distDir } from '../support/site.ts';
import { htmlErrors } from '../support/vnu.ts';

test('vnu (the W3C Nu HTML Checker) finds no HTML error in dist/', () => {
  expect(htmlErrors(distDir).slice(0, 30)).toEqual([]);
}, 300_000);
