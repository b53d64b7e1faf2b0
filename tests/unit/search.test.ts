import { describe, expect, test } from 'vitest';
import { mergeResults, queryVariants, searchTypeOf, searchTypes } from '../../src/utils/search.ts';
import { collectionNames } from '../../src/content/schemas.ts';

describe('queryVariants', () => {
  test('Vietnamese words beginning with d are also searched with đ, the typed query first', () => {
    expect(queryVariants('dong thap', 'vi-VN')).toEqual(['dong thap', 'đong thap']);
    expect(queryVariants('dao dien', 'vi-VN')).toEqual(['dao dien', 'dao đien', 'đao dien', 'đao đien']);
  });
  test('NFD input is normalised to NFC and lower-cased', () => {
    expect(queryVariants('Lễ Hội Sen'.normalize('NFD'), 'vi-VN')).toEqual(['lễ hội sen']);
    expect(queryVariants('  Đồng   Tháp ', 'vi-VN')).toEqual(['đồng tháp']);
  });
  test('other languages are searched as typed', () => {
    expect(queryVariants('Dong Thap', 'en')).toEqual(['dong thap']);
    expect(queryVariants('лотос', 'ru')).toEqual(['лотос']);
    expect(queryVariants('', 'vi-VN')).toEqual([]);
  });
  test('a long query never fans out into more than 16 searches', () => {
    expect(queryVariants('d1 d2 d3 d4 d5 d6', 'vi-VN').length).toBe(16);
  });
});

describe('mergeResults', () => {
  test('keeps each page once with its best score, best first, the typed query winning ties', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 2, result: 'a-typed' },
        { id: 'b', score: 1, result: 'b-typed' },
      ],
      [
        { id: 'b', score: 5, result: 'b-variant' },
        { id: 'a', score: 2, result: 'a-variant' },
        { id: 'c', score: 0.5, result: 'c-variant' },
      ],
    ]);
    expect(merged.map((m) => m.result)).toEqual(['b-variant', 'a-typed', 'c-variant']);
  });
});

test('every collection has a search type', () => {
  for (const name of collectionNames) expect(searchTypes).toContain(searchTypeOf[name]);
});
