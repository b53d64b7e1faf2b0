import { describe, expect, test } from 'vitest';
import { foldForSearch, isNFC, isValidSlug, sameText, slugify, toNFC } from '../../src/utils/text.ts';

const nfc = 'Lễ hội Sen Đồng Tháp';
const nfd = nfc.normalize('NFD');

describe('slugify', () => {
  test('Vietnamese titles become ASCII slugs, with đ → d', () => {
    expect(slugify('Lễ hội Sen Đồng Tháp')).toBe('le-hoi-sen-dong-thap');
    expect(slugify('Vườn quốc gia Tràm Chim')).toBe('vuon-quoc-gia-tram-chim');
    expect(slugify('Đất Sen Hồng')).toBe('dat-sen-hong');
    expect(slugify('Xẻo Quýt')).toBe('xeo-quyt');
    expect(slugify('Nghị quyết 296/2019/NQ-HĐND')).toBe('nghi-quyet-296-2019-nq-hdnd');
  });
  test('NFC and NFD input give the same slug', () => {
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
  });
  test('drops invisible and bidi control characters', () => {
    expect(slugify('Sa\u200BĐéc\u202E')).toBe('sadec');
    expect(slugify('  --Làng  hoa--  ')).toBe('lang-hoa');
  });
  test('returns an empty slug when no Latin letters remain', () => {
    expect(slugify('同塔省')).toBe('');
    expect(slugify('')).toBe('');
  });
  test('cuts long titles at a word boundary', () => {
    const slug = slugify('Lễ hội '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(slug)).toBe(true);
  });
  test('keeps a whole last word when the cut falls just before a hyphen', () => {
    expect(slugify('Sen Tháp Mười', 8)).toBe('sen-thap');
    expect(slugify('Sen Tháp Mười', 7)).toBe('sen');
    expect(slugify('Đồngtháp', 4)).toBe('dong');
  });
  test('a maxLength that is not a positive integer is a RangeError', () => {
    for (const max of [0, -3, 2.5, Number.NaN]) expect(() => slugify('Sen', max)).toThrow(RangeError);
  });
  test('slugs it makes are valid slugs', () => {
    for (const title of ['Vía Bà Chúa Xứ Gò Tháp', 'Chiếu Định Yên', 'Nem Lai Vung', 'ĐỒNG THÁP 2030']) {
      expect(isValidSlug(slugify(title))).toBe(true);
    }
  });
});

describe('NFC helpers', () => {
  test('detect and fix NFD text', () => {
    expect(isNFC(nfc)).toBe(true);
    expect(isNFC(nfd)).toBe(false);
    expect(toNFC(nfd)).toBe(nfc);
    expect(sameText(nfd, nfc)).toBe(true);
    expect(sameText('Đồng Tháp', 'Dong Thap')).toBe(false);
  });
  test('slug validity', () => {
    expect(isValidSlug('le-hoi-sen')).toBe(true);
    for (const bad of ['Le-hoi', 'lễ-hội', 'a--b', '-a', 'a-', 'a b', '']) expect(isValidSlug(bad)).toBe(false);
  });
});

describe('foldForSearch', () => {
  test('matches Vietnamese typed without diacritics, in either normal form', () => {
    expect(foldForSearch('Trà Sen Tháp Mười')).toBe('tra sen thap muoi');
    expect(foldForSearch('Đồng Tháp'.normalize('NFD'))).toBe('dong thap');
    expect(foldForSearch('  Chiếu   Định Yên ')).toBe('chieu dinh yen');
  });
  test('leaves other scripts searchable', () => {
    expect(foldForSearch('蓮茶')).toBe('蓮茶');
    expect(foldForSearch('Чай из ЛОТОСА')).toBe('чаи из лотоса');
  });
});
