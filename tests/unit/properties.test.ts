/**
 * Property-based tests (fast-check): the slugger, the URL helpers, the locale fallback, NFC
 * handling and the content body check, fed with hostile text — combining marks, decomposed
 * (NFD) Vietnamese, zero-width and bidi controls, astral characters, lone surrogates and
 * strings of 10 000+ characters. Each helper must either return a clean value that keeps its
 * invariants or throw an Error with a message; nothing else (no TypeError from deep inside,
 * no hang, no garbage).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultLocale, fallbackChain, isLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { findUnbalancedTag, findUnpublishableHtml } from '../../src/model/publishable-html.ts';
import { renderBody, UnpublishableBodyError } from '../../src/model/render-body.ts';
import { fallbackPairs, resolveLocale } from '../../src/model/translations.ts';
import { formatProblem, validateContent } from '../../src/model/validate.ts';
import { assetUrl, fileUrl, ogCardUrl, pageAbsoluteUrl, pageUrl } from '../../src/utils/paths.ts';
import { foldForSearch, isNFC, isValidSlug, sameText, slugify, slugPattern, toNFC } from '../../src/utils/text.ts';
import { absoluteUrl, ensureSlashes, localizedFile, localizedPath, splitLocale, stripBase, switchLocalePath, withBase } from '../../src/utils/urls.ts';

// ---------------------------------------------------------------------------------------------
// Generators

const vietnameseWords = [
  'Đồng',
  'Tháp',
  'Lễ',
  'hội',
  'Sen',
  'Tràm',
  'Chim',
  'Vườn',
  'quốc',
  'gia',
  'Xẻo',
  'Quýt',
  'Sa',
  'Đéc',
  'Gò',
  'Chiếu',
  'Định',
  'Yên',
  'Nem',
  'Lai',
  'Vung',
  'Hồng',
  'Ngự',
  'Mười',
  'Khu',
  'công',
  'nghiệp',
  'Thủ',
  'tục',
  'ưu',
  'đãi',
  'đầu',
  'tư',
  'Sếu',
  'đỏ',
  'trên',
  'cỏ',
  'năng',
  'Bà',
  'Chúa',
  'Xứ',
  'ĐỒNG',
  'THÁP',
  'Ẩm',
  'thực',
];
const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCodePoint(c));
const zeroWidth = fc.constantFrom('\u200B', '\u200C', '\u200D', '\uFEFF');
const bidiControl = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
const invisibleChar = fc.oneof(zeroWidth, bidiControl, fc.constantFrom('\u00AD', '\u200E', '\u200F', '\u2060'));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const loneSurrogate = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const vietnameseWord = fc.constantFrom(...vietnameseWords);
const nfdVietnamese = vietnameseWord.map((w) => w.normalize('NFD'));

/** One piece of hostile text. */
const piece = fc.oneof(
  { weight: 3, arbitrary: vietnameseWord },
  { weight: 3, arbitrary: nfdVietnamese },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '--', '/', '//', '.', '_', '\t', '\n', '0', '9', 'a', 'Z') },
  { weight: 2, arbitrary: combiningMark },
  { weight: 2, arbitrary: invisibleChar },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: loneSurrogate },
);
const hostileShort = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
/** 10 000 to 20 000 UTF-16 units of hostile text (the cut may split a surrogate pair). */
const hostileLong = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 10_000, max: 20_000 })).map(([parts, length]) => {
  const unit = parts.join('') || 'Lễ hội ';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
});
const hostile = fc.oneof({ weight: 9, arbitrary: hostileShort }, { weight: 1, arbitrary: hostileLong });

/** Inserts `extra` at a random position of `text`. */
const withInserted = (text: fc.Arbitrary<string>, extra: fc.Arbitrary<string>) =>
  fc.tuple(text, extra, fc.nat()).map(([t, e, at]) => {
    const i = t.length ? at % (t.length + 1) : 0;
    return { plain: t, inserted: t.slice(0, i) + e + t.slice(i) };
  });

const locale = fc.constantFrom(...localeCodes);
const nonDefaultLocale = fc.constantFrom(...localeCodes.filter((l) => l !== defaultLocale));

/** Path segments as content produces them, plus hostile ones. */
const segment = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/),
  fc.constantFrom(...localeCodes, 'festivals', 'invest', 'video', 'english-guide', 'ko-tour', 'search.json', 'a b', '%2F', '?q=1', '#x', 'Đồng-Tháp'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => !s.includes('/')),
);
const pagePath = fc
  .tuple(fc.array(segment, { maxLength: 5 }), fc.constantFrom('', '/'), fc.constantFrom('', '/', '//'))
  .map(([parts, lead, trail]) => `${lead}${parts.join('/')}${trail}`);
const basePath = fc
  .array(fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,8}$/), { maxLength: 3 })
  .chain((parts) => fc.constantFrom(parts.join('/'), `/${parts.join('/')}`, `/${parts.join('/')}/`, `${parts.join('/')}/`));

/** A value is "clean" or an Error with a message; returns the value, or undefined after an Error. */
function cleanOrError<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return undefined;
  }
}

const controlOrInvisible = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const runs = { numRuns: 300 };
const fewRuns = { numRuns: 60 };

// ---------------------------------------------------------------------------------------------

describe('slugify', () => {
  test('always a valid slug or empty: NFC, ASCII, no control, zero-width or bidi characters, within maxLength', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }), (title, max) => {
        const slug = slugify(title, max);
        expect(slug === '' || slugPattern.test(slug)).toBe(true);
        expect(isValidSlug(slug) || slug === '').toBe(true);
        expect(isNFC(slug)).toBe(true);
        expect(slug).not.toMatch(controlOrInvisible);
        expect(slug.length).toBeLessThanOrEqual(max ?? 80);
      }),
      runs,
    );
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const slug = slugify(title);
        expect(slugify(slug)).toBe(slug);
      }),
      runs,
    );
  });

  test('NFC and NFD spellings, and invisible characters anywhere, give the same slug', () => {
    fc.assert(
      fc.property(
        withInserted(
          hostileShort,
          fc.array(invisibleChar, { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
        ),
        ({ plain, inserted }) => {
          const slug = slugify(plain);
          expect(slugify(plain.normalize('NFD'))).toBe(slug);
          expect(slugify(plain.normalize('NFC'))).toBe(slug);
          expect(slugify(inserted)).toBe(slug);
        },
      ),
      runs,
    );
  });

  test('Vietnamese titles give non-empty ASCII slugs in either normal form', () => {
    fc.assert(
      fc.property(fc.array(vietnameseWord, { minLength: 1, maxLength: 12 }), (words) => {
        const title = words.join(' ');
        const slug = slugify(title);
        expect(slug).toMatch(slugPattern);
        expect(slugify(title.normalize('NFD'))).toBe(slug);
        expect(slug).toBe(foldForSearch(title).replace(/ /g, '-'));
      }),
      runs,
    );
  });

  test('a long slug keeps the most whole words that fit', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 60 }), (title, max) => {
        const full = slugify(title, 1_000_000);
        const cut = slugify(title, max);
        expect(full.startsWith(cut)).toBe(true);
        if (full.length <= max) {
          expect(cut).toBe(full);
          return;
        }
        const boundaries = [...full.slice(0, max + 1).matchAll(/-/g)].map((m) => m.index);
        // The longest prefix ending before a hyphen; without one, the first word is cut.
        expect(cut).toBe(boundaries.length ? full.slice(0, boundaries.at(-1)) : full.slice(0, max));
      }),
      runs,
    );
  });

  test('a maxLength that is not a positive integer is a RangeError', () => {
    fc.assert(
      fc.property(hostileShort, fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constant(Number.NaN)), (title, max) => {
        expect(() => slugify(title, max)).toThrow(RangeError);
      }),
      fewRuns,
    );
  });
});

describe('URL helpers', () => {
  const origin = 'https://example.org';

  test('ensureSlashes: one slash at each end, idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(pagePath, hostile), (p) => {
        const out = ensureSlashes(p);
        expect(out.startsWith('/') && out.endsWith('/')).toBe(true);
        expect(out === '/' || (!out.startsWith('//') && !out.endsWith('//'))).toBe(true);
        expect(ensureSlashes(out)).toBe(out);
      }),
      runs,
    );
  });

  test('localizedPath: starts and ends with "/", has the locale prefix, stays under it, and round-trips through splitLocale', () => {
    fc.assert(
      fc.property(locale, fc.oneof({ weight: 4, arbitrary: pagePath }, { weight: 1, arbitrary: hostile }), (l, p) => {
        const out = cleanOrError(() => localizedPath(l, p));
        if (out === undefined) return;
        expect(out.startsWith('/') && out.endsWith('/')).toBe(true);
        const resolved = new URL(out, `${origin}/`);
        expect(resolved.origin).toBe(origin);
        if (l !== defaultLocale) {
          expect(out.startsWith(`/${l}/`)).toBe(true);
          expect(resolved.pathname.startsWith(`/${l}/`)).toBe(true);
        }
        expect(splitLocale(out)).toEqual({ locale: l, path: ensureSlashes(p) });
      }),
      runs,
    );
  });

  test('localizedPath refuses paths a browser would read differently, with a message', () => {
    const bad = fc.oneof(
      fc.constantFrom('\\evil.example', '/\\evil.example/', '\t/evil.example', 'a/../../x', 'a/./b', '%2e%2e/x', '.%2E', 'x\ny'),
      nonDefaultLocale.map((l) => `${l}/festivals/x`),
    );
    fc.assert(
      fc.property(bad, (p) => {
        expect(() => localizedPath(defaultLocale, p)).toThrow(/^Invalid page path/);
      }),
      fewRuns,
    );
  });

  test('withBase and stripBase undo each other; switchLocalePath keeps the page', () => {
    fc.assert(
      fc.property(locale, locale, pagePath, basePath, (from, to, p, base) => {
        const page = cleanOrError(() => localizedPath(from, p));
        if (page === undefined) return;
        const full = withBase(page, base);
        expect(full.startsWith(ensureSlashes(base))).toBe(true);
        expect(stripBase(full, base)).toBe(page);
        expect(splitLocale(full, base)).toEqual({ locale: from, path: ensureSlashes(p) });
        const switched = cleanOrError(() => switchLocalePath(full, to, base));
        if (switched === undefined) return;
        expect(splitLocale(switched, base)).toEqual({ locale: to, path: ensureSlashes(p) });
      }),
      runs,
    );
  });

  test('withBase always gives a root-relative path, even for a relative one', () => {
    fc.assert(
      fc.property(fc.oneof(pagePath, hostile), basePath, (p, base) => {
        expect(withBase(p, base).startsWith('/')).toBe(true);
      }),
      runs,
    );
  });

  test('splitLocale never throws and always names a real locale', () => {
    fc.assert(
      fc.property(fc.oneof(pagePath, hostile), fc.oneof(basePath, hostileShort), (p, base) => {
        const { locale: l, path: rest } = splitLocale(p, base);
        expect(isLocale(l)).toBe(true);
        expect(rest.startsWith('/') && rest.endsWith('/')).toBe(true);
      }),
      runs,
    );
  });

  test('absoluteUrl stays on the site, or says why not', () => {
    const sneaky = fc.constantFrom('//evil.example/x', '/\\evil.example/', '\\\\evil.example', '/\t/evil.example', ' //evil.example');
    fc.assert(
      fc.property(fc.oneof(pagePath, hostile, sneaky), (p) => {
        const url = cleanOrError(() => absoluteUrl(p, origin));
        if (url !== undefined && !URL.canParse(p)) expect(new URL(url).origin).toBe(origin);
      }),
      runs,
    );
    expect(() => absoluteUrl('//evil.example/x', origin)).toThrow(/not a path on https:\/\/example\.org/);
  });

  test('paths.ts: page, file, asset and card URLs are clean and on the site', () => {
    const siteOrigin = new URL(site.url).origin;
    fc.assert(
      fc.property(locale, fc.oneof(pagePath, hostile), (l, p) => {
        const page = cleanOrError(() => pageUrl(l, p));
        if (page !== undefined) {
          expect(page).toBe(withBase(localizedPath(l, p), '/'));
          expect(new URL(pageAbsoluteUrl(l, p)).origin).toBe(siteOrigin);
        }
        const file = cleanOrError(() => fileUrl(l, p));
        if (file !== undefined) expect(file).toBe(localizedFile(l, p));
        expect(assetUrl(p).startsWith('/')).toBe(true);
        const card = cleanOrError(() => ogCardUrl(l, p));
        if (card !== undefined) {
          expect(new URL(card).origin).toBe(siteOrigin);
          expect(new URL(card).pathname.startsWith(`/og/${l}/`)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe('locale fallback', () => {
  const available = fc.subarray([...localeCodes]);

  test('fallbackChain starts with the locale, ends with the default, has no repeats', () => {
    fc.assert(
      fc.property(locale, (l) => {
        const chain = fallbackChain(l);
        expect(chain[0]).toBe(l);
        expect(chain.at(-1)).toBe(defaultLocale);
        expect(new Set(chain).size).toBe(chain.length);
        expect(chain.every(isLocale)).toBe(true);
      }),
      fewRuns,
    );
  });

  test("resolveLocale always picks an existing file, the locale's own first, and finds one whenever the default exists", () => {
    fc.assert(
      fc.property(available, locale, fc.array(hostileShort, { maxLength: 3 }), (have, l, junk) => {
        // Junk names in the list (a stray folder) are ignored.
        const resolved = resolveLocale([...have, ...(junk as Locale[])], l);
        if (have.includes(defaultLocale)) expect(resolved).toBeDefined();
        if (!resolved) {
          expect(fallbackChain(l).some((c) => have.includes(c))).toBe(false);
          return;
        }
        expect(have).toContain(resolved.source);
        expect(fallbackChain(l)).toContain(resolved.source);
        expect(resolved.isFallback).toBe(resolved.source !== l);
        if (have.includes(l)) expect(resolved.source).toBe(l);
        // Nothing earlier in the chain was available.
        const chain = fallbackChain(l);
        expect(chain.slice(0, chain.indexOf(resolved.source)).some((c) => have.includes(c))).toBe(false);
      }),
      runs,
    );
  });

  test('an unknown locale is a clear Error, not a wrong page', () => {
    fc.assert(
      fc.property(
        hostileShort.filter((s) => !isLocale(s)),
        (code) => {
          expect(() => resolveLocale(localeCodes, code as Locale)).toThrow(/Unknown locale/);
        },
      ),
      fewRuns,
    );
  });

  test('fallbackPairs lists exactly the missing locales that some fallback covers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), available, { maxKeys: 5 }), (table) => {
        const translations = new Map(Object.entries(table).map(([slug, have]) => [slug, new Set(have)]));
        for (const { slug, locale: l, source } of fallbackPairs(translations)) {
          const have = translations.get(slug)!;
          expect(have.has(l)).toBe(false);
          expect(have.has(source)).toBe(true);
        }
        for (const [slug, have] of translations) {
          for (const l of localeCodes) {
            const listed = fallbackPairs(new Map([[slug, have]])).some((pair) => pair.locale === l);
            expect(listed).toBe(!have.has(l) && fallbackChain(l).some((c) => have.has(c)));
          }
        }
      }),
      fewRuns,
    );
  });
});

describe('NFC and NFD', () => {
  test('decomposed Vietnamese is detected, and composing it gives back the original', () => {
    fc.assert(
      fc.property(fc.array(vietnameseWord, { minLength: 1, maxLength: 20 }), (words) => {
        const nfc = words.join(' ');
        const nfd = nfc.normalize('NFD');
        expect(isNFC(nfc)).toBe(true);
        // Every word in the list has a letter that decomposes.
        expect(isNFC(nfd)).toBe(nfd === nfc);
        expect(toNFC(nfd)).toBe(nfc);
        expect(sameText(nfd, nfc)).toBe(true);
        expect(foldForSearch(nfd)).toBe(foldForSearch(nfc));
      }),
      runs,
    );
  });

  test('toNFC always gives NFC, never throws, and search folding ignores the normal form', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(isNFC(toNFC(text))).toBe(true);
        expect(toNFC(toNFC(text))).toBe(toNFC(text));
        expect(foldForSearch(text.normalize('NFD'))).toBe(foldForSearch(text.normalize('NFC')));
      }),
      runs,
    );
  });

  describe('the content validator', () => {
    let base: string;
    beforeAll(() => {
      base = mkdtempSync(path.join(tmpdir(), 'nfc-prop-'));
    });
    afterAll(() => rmSync(base, { recursive: true, force: true }));

    // Text without the characters that make YAML or MDX syntax, so that only normal forms vary.
    // Bidi controls and U+FEFF are refused on reading (frontmatter.ts), so they are left out here.
    const textInvisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u00AD', '\u200E', '\u200F', '\u2060');
    const plainPiece = fc.oneof(vietnameseWord, nfdVietnamese, combiningMark, textInvisible, astral, fc.constantFrom(' ', ', ', '. '));
    const plainText = fc.array(plainPiece, { minLength: 1, maxLength: 20 }).map((p) => p.join(''));

    test('reports exactly the fields, and the body, that are not NFC; never throws', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(plainText, plainText, plainText, async (title, description, body) => {
          const root = path.join(base, `run-${n++}`, 'content');
          mkdirSync(path.join(root, 'pages/vi'), { recursive: true });
          const file = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body}\n`;
          writeFileSync(path.join(root, 'pages/vi/trang.mdx'), file);
          const problems = await validateContent(root);
          const nfdFields = problems.filter((p) => /NFD-decomposed/.test(p.message)).map((p) => p.field);
          const expected = [...(isNFC(title) ? [] : ['title']), ...(isNFC(description) ? [] : ['description']), ...(isNFC(`\n${body}\n`) ? [] : ['body'])];
          expect(nfdFields).toEqual(expected);
          for (const p of problems) expect(formatProblem(p)).toMatch(/pages\/vi\/trang\.mdx \[locale: vi\] field "[^"]+": ./);
        }),
        { numRuns: 40 },
      );
    });
  });
});

describe('content body check (render-body.ts)', () => {
  /** Renders a body; returns the HTML, or the refusal's message. Any other error fails the test. */
  async function outcome(body: string): Promise<{ html?: string; refused?: UnpublishableBodyError }> {
    try {
      return { html: (await renderBody(body)).html };
    } catch (error) {
      if (error instanceof UnpublishableBodyError) return { refused: error };
      throw error;
    }
  }

  test('hostile bodies either render to allow-listed HTML or are refused with a message and a line within the text', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const { html, refused } = await outcome(text);
        if (refused) {
          expect(refused.message.length).toBeGreaterThan(10);
          if (refused.line !== undefined) expect(refused.line).toBeLessThanOrEqual(text.split('\n').length);
        } else {
          expect(findUnpublishableHtml(html!)).toBeUndefined();
          expect(html).not.toMatch(/<script|<meta|\son\w+=/i);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('prose, with angle brackets, braces, quotes and words about scripts, always renders as text', async () => {
    const prose = fc
      .array(
        fc.oneof(
          vietnameseWord,
          fc.constantFrom(
            'JavaScript:',
            'javascript:',
            'script',
            'onerror=',
            '<',
            '>',
            '> 1 tỷ',
            '<info>',
            '</ho-ten>',
            '{',
            '}',
            '{x}',
            '"',
            "'",
            '&',
            '🙂',
            'import',
            'export',
            'the',
            ' ',
            '. ',
            ', ',
            '\n\n',
          ),
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(' '));
    await fc.assert(
      fc.asyncProperty(prose, async (text) => {
        const { refused } = await outcome(text);
        expect(refused?.message).toBeUndefined();
      }),
      runs,
    );
  });

  test('tags an editor slips into prose never stop the build and never leave markup open', async () => {
    // Words in angle brackets, allowed tags opened and closed in any order, stray end tags and
    // comments, across paragraphs, quotes, lists and table cells.
    const slips = fc
      .array(
        fc.oneof(
          vietnameseWord,
          fc.constantFrom(
            '<b>',
            '</b>',
            '<i>',
            '</i>',
            '<sub>',
            '</sub>',
            '<span lang="en">',
            '</span>',
            '<br>',
            '<info>',
            '<Your name>',
            '<address>',
            '<form>',
            '<title>',
          ),
          fc.constantFrom(
            '</main>',
            '</body>',
            '</div>',
            '<!--',
            '-->',
            '<!-- ghi chú -->',
            '\n\n',
            '\n',
            '\n> ',
            '\n- ',
            '\n| a | b |\n|---|---|\n| ',
            ' | ',
            '**',
            '_',
          ),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(' '));
    await fc.assert(
      fc.asyncProperty(slips, async (text) => {
        const { html, refused } = await outcome(text);
        expect(refused?.message, text).toBeUndefined();
        expect(findUnbalancedTag(html!), text).toBeUndefined();
        expect(html).not.toMatch(/<\/?(address|form|title|info|your|main|body|div)[\s>]/i);
      }),
      { numRuns: 300 },
    );
  });

  test('a script URL is refused however it is disguised, in a Markdown link or an HTML attribute', async () => {
    const disguised = fc.tuple(fc.constantFrom('javascript:', 'vbscript:', 'data:text/html,'), fc.array(fc.nat(3), { minLength: 16, maxLength: 16 })).map(
      ([scheme, tricks]) =>
        [...scheme]
          .map((c, i) => {
            const code = c.codePointAt(0)!;
            if (tricks[i] === 1) return c.toUpperCase();
            // No ";": no digit follows in these schemes, so browsers end the reference here too.
            if (tricks[i] === 2) return `&#${code}`;
            if (tricks[i] === 3) return `&#x${code.toString(16)};`;
            return c;
          })
          .join('') + 'alert(1)',
    );
    await fc.assert(
      fc.asyncProperty(disguised, fc.constantFrom('md', 'html'), async (url, where) => {
        const body = where === 'md' ? `Xem [tại đây](${url}).\n` : `Xem <a href="${url}">tại đây</a>.\n`;
        const { html, refused } = await outcome(body);
        if (refused) expect(refused.message).toMatch(/address .* is not allowed/);
        else {
          // Markdown needs the ";" of a reference, so "&#58" stays literal text: the link is then
          // a harmless relative address. Read it as a browser would to be sure.
          const href = String(cheerio.load(html!)('a').attr('href') ?? '')
            .replace(/[\t\n\r]/g, '')
            .trim();
          expect(href).not.toMatch(/^(javascript|vbscript|data):/i);
        }
      }),
      runs,
    );
  });
});
