import { expect, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { licences } from '../../src/model/schemas/vocabularies.ts';
import { isCreativeCommons, licenceDeedUrl, licenceUrl } from '../../src/utils/licences.ts';

test('Creative Commons licences have their legal code and a deed in each reader’s language; the site’s own terms have neither', () => {
  expect(licences.filter(isCreativeCommons)).toEqual(['cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0']);
  expect(licenceUrl('cc-by-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
  expect(licenceUrl('cc0-1.0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
  // Creative Commons names its deeds by language, with the script for Chinese.
  expect(licenceDeedUrl('cc-by-sa-4.0', 'vi')).toBe('https://creativecommons.org/licenses/by-sa/4.0/deed.vi');
  expect(licenceDeedUrl('cc-by-4.0', 'zh')).toBe('https://creativecommons.org/licenses/by/4.0/deed.zh-hans');
  for (const locale of localeCodes) expect(licenceDeedUrl('cc-by-4.0', locale)).toMatch(/\/deed\.[a-z]{2}(-hans)?$/);
  for (const licence of ['editorial', 'all-rights-reserved'] as const) {
    expect(licenceUrl(licence)).toBeUndefined();
    expect(licenceDeedUrl(licence, 'en')).toBeUndefined();
  }
});
