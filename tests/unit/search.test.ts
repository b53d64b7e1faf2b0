import { describe, expect, test } from 'vitest';
import { mergeResults, queryVariants } from '../../src/utils/search.ts';

describe('queryVariants', () => {
  test('Vietnamese words beginning with d are also searched with đ, the typed query first', () => {
    expect(queryVariants('dong thap', 'vi-VN')).toEqual(['dong thap', 'đong thap']);
    expect(queryVariants('dao dien', 'vi-VN')).toEqual(['dao dien', 'dao đien', 'đao dien', 'đao đien']);
  });
  test('a query typed with accents is searched as typed, so exact matches keep their rank', () => {
    expect(queryVariants('dòng sông', 'vi-VN')).toEqual(['dòng sông']);
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
  test('normalises each search by its best score and adds them up, keeping the best excerpt', () => {
    const merged = mergeResults([
      // As typed: a rare literal word scores high.
      [
        { id: 'literal', score: 2, result: 'literal-typed' },
        { id: 'both', score: 1, result: 'both-typed' },
      ],
      // With đ: common words score low, but on their own scale.
      [
        { id: 'both', score: 0.5, result: 'both-variant' },
        { id: 'accented', score: 0.4, result: 'accented-variant' },
      ],
    ]);
    expect(merged.map((m) => m.id)).toEqual(['both', 'literal', 'accented']);
    expect(merged.map((m) => m.result)).toEqual(['both-variant', 'literal-typed', 'accented-variant']);
    expect(merged[0]!.score).toBeCloseTo(1.5);
  });
  test('on a tie the search as typed keeps its excerpt', () => {
    const merged = mergeResults([[{ id: 'a', score: 3, result: 'typed' }], [{ id: 'a', score: 1, result: 'variant' }]]);
    expect(merged).toEqual([{ id: 'a', score: 2, result: 'typed' }]);
  });
});
