import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { site } from '../../src/config/site.ts';
import { loadPages } from '../support/dist.ts';
import { baseDistDir, basePath } from '../support/site.ts';

const pages = loadPages(baseDistDir);

test('every root-relative URL in the BASE_PATH build starts with the base path', () => {
  const wrong: string[] = [];
  for (const p of pages) {
    p.$('[href], [src], [srcset], [action]').each((_, el) => {
      for (const attr of ['href', 'src', 'srcset', 'action']) {
        const value = el.attribs[attr];
        if (!value) continue;
        const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value];
        for (const u of urls) if (u.startsWith('/') && !u.startsWith(basePath)) wrong.push(`${p.urlPath}: ${attr}="${u}"`);
      }
    });
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(wrong.slice(0, 20)).toEqual([]);
});

test('canonical and alternate URLs include the base path', () => {
  const home = pages.find((p) => p.urlPath === '/ja/')!;
  const origin = site.url.replace(/\/$/, '');
  expect(home.$('link[rel=canonical]').attr('href')).toBe(`${origin}${basePath}ja/`);
  expect(home.$('link[hreflang=x-default]').attr('href')).toBe(`${origin}${basePath}`);
});

test('CSS asset URLs (fonts) include the base path', () => {
  const css = pages[0]!
    .$('link[rel=stylesheet]')
    .toArray()
    .map((el) => el.attribs.href!);
  expect(css.length).toBeGreaterThan(0);
  for (const href of css) {
    expect(href.startsWith(basePath)).toBe(true);
    const text = readFileSync(path.join(baseDistDir, href.slice(basePath.length)), 'utf8');
    for (const m of text.matchAll(/url\((\/[^)]+)\)/g)) expect(m[1]!.startsWith(basePath)).toBe(true);
  }
});

test('robots.txt and the sitemap use the base path', () => {
  const robots = readFileSync(path.join(baseDistDir, 'robots.txt'), 'utf8');
  expect(robots).toContain(`${basePath}sitemap-index.xml`);
  expect(robots).toContain(`Disallow: ${basePath}admin/`);
});
