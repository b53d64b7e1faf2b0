/**
 * Vietnamese-aware text helpers. Content arrives from editors, the CMS and copy-paste in
 * both NFC and NFD; everything is compared and slugged in NFC so that "Đồng Tháp" typed
 * either way is the same string.
 */

export function toNFC(value: string): string {
  return value.normalize('NFC');
}

export function isNFC(value: string): boolean {
  return value === value.normalize('NFC');
}

/** Compares two strings as a Vietnamese reader would: same letters, whatever the encoding. */
export function sameText(a: string, b: string): boolean {
  return toNFC(a) === toNFC(b);
}

/** Characters that are invisible or reorder text, and never belong in a slug. */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Turns a title into a URL slug: lowercase ASCII, words joined by hyphens. Vietnamese tone
 * and vowel marks are dropped and đ becomes d (NFD does not decompose đ, so it needs its own rule).
 * Returns an empty string when nothing Latin remains (for example an all-CJK title); callers
 * must then supply a slug themselves. A slug longer than `maxLength` keeps as many whole words
 * as fit, or the start of its first word when even that is too long.
 */
export function slugify(value: string, maxLength = 80): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError(`slugify: maxLength must be a positive integer, got ${maxLength}`);
  const slug = value
    .replace(invisible, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // A cut just before a hyphen already ends on a whole word.
  return slug[maxLength] === '-' || !cut.includes('-') ? cut : cut.slice(0, cut.lastIndexOf('-'));
}

/** The form every content slug (file name without extension) must have. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return slugPattern.test(value);
}

/**
 * Folds text for matching what people type: lowercase, no tone or vowel marks, đ → d.
 * "Trà sen" and "tra sen" then match, and so do NFC and NFD input.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
