import { LinkChecker } from 'linkinator';
import { describe, expect, inject, test } from 'vitest';

async function brokenLinks(start: string) {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: start,
    recurse: true,
    concurrency: 8,
    checkCss: true,
    checkFragments: true,
    // External sites are out of reach here; only the site's own links are checked.
    linksToSkip: async (link) => !link.startsWith(start),
  });
  const checked = result.links.filter((l) => l.state !== 'SKIPPED').length;
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
  return { checked, broken };
}

describe('linkinator', () => {
  test('no broken internal link on the site', async () => {
    const { checked, broken } = await brokenLinks(inject('siteUrl'));
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  }, 300_000);

  test('no broken internal link when built under BASE_PATH', async () => {
    const { checked, broken } = await brokenLinks(inject('baseSiteUrl'));
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  }, 300_000);
});
