import { describe, expect, inject, test } from 'vitest';
import { brokenLinks } from '../support/links.ts';

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
