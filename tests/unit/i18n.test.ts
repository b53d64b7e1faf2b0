import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getLocale, localeCodes } from '../../src/config/locales.ts';
import { createI18n, uiStrings, useTranslations } from '../../src/i18n/createTranslator.ts';
import { formatCurrency, formatDate, formatNumber } from '../../src/i18n/format.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const reference = uiStrings.en;
const baseKeys = [...new Set(Object.keys(reference).map((k) => k.replace(pluralSuffix, '')))];
const pluralBases = new Set(
  Object.keys(reference)
    .filter((k) => pluralSuffix.test(k))
    .map((k) => k.replace(pluralSuffix, '')),
);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(localeCodes)('UI strings for %s', (locale) => {
  const strings = uiStrings[locale];
  const categories = new Intl.PluralRules(getLocale(locale).tag).resolvedOptions().pluralCategories;

  test('has every key, with every plural form the language needs', () => {
    const missing: string[] = [];
    for (const key of baseKeys) {
      if (pluralBases.has(key)) {
        for (const c of categories) if (!(`${key}_${c}` in strings)) missing.push(`${key}_${c}`);
      } else if (!(key in strings)) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  test('has no empty value and no unknown key', () => {
    const empty = Object.entries(strings)
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
    const unknown = Object.keys(strings).filter((k) => !baseKeys.includes(k.replace(pluralSuffix, '')));
    expect(unknown).toEqual([]);
  });

  test('keeps the placeholders of the English text', () => {
    const wrong = Object.entries(strings)
      .filter(([k, v]) => {
        const en = reference[k] ?? reference[`${k.replace(pluralSuffix, '')}_other`];
        return en !== undefined && placeholders(v).join() !== placeholders(en).join();
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  test('is NFC-normalized', () => {
    expect(
      Object.entries(strings)
        .filter(([, v]) => v !== v.normalize('NFC'))
        .map(([k]) => k),
    ).toEqual([]);
  });
});

test('every literal key used in the source exists', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(astro|ts)$/.test(name)) files.push(full);
    }
  };
  walk(path.resolve('src'));
  const used = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(40);
  expect([...used].filter((k) => !baseKeys.includes(k))).toEqual([]);
});

describe('i18next instance', () => {
  test('plurals follow each language’s rules', () => {
    const ru = useTranslations('ru');
    const forms = [1, 2, 5, 21, 22, 25, 11].map((n) => ru('festivals.count', { count: n }));
    expect(new Set(forms.map((f) => f.replace(/^\d+\s*/, ''))).size).toBe(3);
    expect(forms[0]).toBe(ru('festivals.count', { count: 21 }).replace('21', '1'));
    expect(forms[1]).toBe(ru('festivals.count', { count: 22 }).replace('22', '2'));
    expect(forms[2]).toBe(ru('festivals.count', { count: 11 }).replace('11', '5'));
    const en = useTranslations('en');
    expect(en('festivals.count', { count: 1 })).toBe('1 festival');
    expect(en('festivals.count', { count: 3 })).toBe('3 festivals');
    expect(useTranslations('vi')('festivals.count', { count: 1 })).toBe('1 lễ hội');
  });

  test('a key missing in one locale falls back along the chain, not to the raw key', () => {
    const resources = structuredClone(uiStrings);
    delete resources.ja['nav.home'];
    delete resources.en['nav.home'];
    const i18n = createI18n(resources);
    expect(i18n.getFixedT('ja')('nav.home')).toBe(uiStrings.vi['nav.home']);
    resources.ja['nav.home'] = '';
    expect(createI18n(resources).getFixedT('ja')('nav.home')).toBe(uiStrings.vi['nav.home']);
  });
});

describe('Intl formatting', () => {
  test('dates use each locale’s conventions', () => {
    expect(formatDate('ja', '2026-06-20')).toBe('2026年6月20日');
    expect(formatDate('en', '2026-06-20')).toBe('June 20, 2026');
    expect(formatDate('vi', '2026-06-20')).toMatch(/20 tháng 6, 2026/);
    expect(formatDate('ru', '2026-06-20')).toMatch(/20 июня 2026/);
  });
  test('numbers and currencies use each locale’s separators', () => {
    expect(formatNumber('vi', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatCurrency('vi', 500_000_000_000, 'VND').replace(/\s/g, ' ')).toBe('500.000.000.000 ₫');
    expect(formatCurrency('en', 1234.5, 'USD')).toBe('$1,234.50');
    expect(formatCurrency('ru', 1234.5, 'USD').replace(/\s/g, ' ')).toBe('1 234,50 $');
    expect(formatCurrency('ja', 1500000, 'VND')).toMatch(/1,500,000/);
  });
});

test('plural templates for client-side counts cover every plural category of the locale', async () => {
  const { pluralTemplates } = await import('../../src/i18n/format.ts');
  const ru = pluralTemplates('ru', useTranslations('ru'), 'products.count');
  expect(Object.keys(ru).sort()).toEqual(['few', 'many', 'one', 'other']);
  for (const template of Object.values(ru)) expect(template).toContain('{n}');
  expect(Object.keys(pluralTemplates('ja', useTranslations('ja'), 'products.count'))).toEqual(['other']);
});

test('UI keys are typed from the source locale: a misspelled key does not compile', () => {
  const t = useTranslations('vi');
  // `npm run typecheck` (astro check) fails if this line ever compiles, that is, if keys were plain strings.
  // @ts-expect-error: no such key
  expect(t('nav.hoem')).toBe('nav.hoem');
  expect(t('nav.home')).toBe(uiStrings.vi['nav.home']);
  // Plural keys are asked for by their base name.
  expect(t('products.count', { count: 3 })).toMatch(/3/);
});
