/**
 * One reading of content (issue: the validator and Astro's loader once disagreed on where the
 * frontmatter ends). A fast-check property writes files with fence variants — BOM, CRLF, text
 * after a fence, `+++`, blank lines before the fence, `---` inside YAML strings and block
 * scalars — and runs both the pre-build validator and the content loader Astro uses on each.
 * They must accept the same files and read the same data and body, or both refuse. Then the
 * pieces one by one: encodings, YAML, the HTML allow-list, pictures and what dates mean.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import sharp from 'sharp';
import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkEntryMeaning } from '../../src/content/entry.ts';
import { ContentFileError, decodeContentFile, parseYamlData, readContentText } from '../../src/content/frontmatter.ts';
import { contentLoader } from '../../src/content/loader.ts';
import { checkImageReference } from '../../src/content/media-files.ts';
import { findUnpublishableHtml } from '../../src/content/publishable-html.ts';
import { renderBody, UnpublishableBodyError } from '../../src/content/render-body.ts';
import { collections } from '../../src/content/schemas.ts';
import { validateEntryFile } from '../../src/content/validate.ts';

let root: string;
let contentRoot: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'province-reading-'));
  contentRoot = path.join(root, 'content');
  mkdirSync(path.join(contentRoot, 'pages/vi'), { recursive: true });
  mkdirSync(path.join(contentRoot, '_media'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the real loader on content/pages with a store that records what Astro would keep. */
async function loadPages(): Promise<{ entries: Map<string, { data: Record<string, unknown>; body?: string }>; error?: string }> {
  const entries = new Map<string, { data: Record<string, unknown>; body?: string }>();
  const schema = collections.pages.schema({ image: (() => z.string()) as never });
  const context = {
    collection: 'pages',
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => schema.parse(data),
    store: {
      set: (entry: { id: string; data: Record<string, unknown>; body?: string }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    generateDigest: (value: unknown) => JSON.stringify(value),
    logger: { error() {}, info() {}, warn() {} },
  } as unknown as LoaderContext;
  try {
    await contentLoader('pages').load(context);
    return { entries };
  } catch (error) {
    return { entries, error: (error as Error).message };
  }
}

describe('the validator and the build read every file alike', () => {
  const variants = {
    bom: fc.boolean(),
    crlf: fc.boolean(),
    open: fc.constantFrom('---', '--- ', '---\t', '+++', '\n---', '--- text', '----'),
    close: fc.constantFrom('---', '---  ', '+++', '--- import x from "y"', '...', '-- -'),
    description: fc.constantFrom(
      'description: Mô tả ngắn.\n',
      'description: "a --- b"\n',
      'description: |\n  ---\n  still the description\n',
      "description: '\n---\n'\n",
      'description: >\n  text\n---\n',
    ),
    title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(t) && t.normalize('NFC') === t),
    body: fc.array(fc.constantFrom('Văn bản về Đồng Tháp.', '---', '+++', '', '--- x', 'Giá < 1 tỷ > 0 {x} "q" & 🙂', '## Mục'), { maxLength: 8 }),
  };

  test('both accept the same files with the same data and body, or both refuse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record(variants), async (v) => {
        const file = path.join(contentRoot, 'pages/vi/trang.mdx');
        rmSync(path.join(contentRoot, 'pages/vi'), { recursive: true, force: true });
        mkdirSync(path.dirname(file), { recursive: true });
        const body = v.body.join('\n');
        const text = `${v.open}\ntitle: ${JSON.stringify(v.title)}\n${v.description}${v.close}\n${body}\n`;
        const written = v.crlf ? text.replace(/\n/g, '\r\n') : text;
        writeFileSync(file, Buffer.concat([Buffer.from(v.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(written)]));

        const cwd = process.cwd();
        process.chdir(root);
        const problems = await validateEntryFile(contentRoot, 'pages', 'vi', 'trang.mdx').finally(() => process.chdir(cwd));
        const loaded = await loadPages();

        // What a correct reader must decide, worked out independently of the code under test.
        // A `---` line inside a scalar still ends the frontmatter: in a quoted string that leaves
        // broken YAML; after a folded scalar the YAML is whole and the real fence joins the body.
        const endsEarly = v.description.endsWith('\n---\n');
        const openOk = ['---', '--- ', '---\t'].includes(v.open);
        const closeOk = endsEarly || ['---', '---  '].includes(v.close);
        const yamlOk = !v.description.startsWith("description: '");
        const accepted = !v.bom && openOk && closeOk && yamlOk;
        const expectedBody = endsEarly ? `${v.close}\n${body}\n` : `${body}\n`;

        // The two must always agree.
        expect(problems.length === 0, `${JSON.stringify(problems)} / ${loaded.error}`).toBe(loaded.error === undefined);
        // Where the close is no fence, a later `---` body line would close instead: the oracle
        // below only covers files without one.
        const laterFence = !closeOk && v.body.includes('---');
        if (laterFence) return;
        expect(problems.length === 0, JSON.stringify(problems)).toBe(accepted);
        if (accepted) {
          const entry = loaded.entries.get('vi/trang')!;
          expect(entry.data.title).toBe(v.title.trim());
          expect(entry.body).toBe(expectedBody);
          if (v.description.includes('still')) expect(entry.data.description).toBe('---\nstill the description');
          if (v.description.includes('a --- b')) expect(entry.data.description).toBe('a --- b');
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});

describe('bytes and encodings', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const refusal = (bytes: Uint8Array) => {
    try {
      decodeContentFile(bytes);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(ContentFileError);
      return (error as Error).message;
    }
  };
  test('UTF-8 reads, with Windows line endings made plain', () => {
    expect(decodeContentFile(utf8('a\r\nĐồng Tháp\r\n🙂'))).toBe('a\nĐồng Tháp\n🙂');
  });
  test('BOM, UTF-16, NUL bytes, invalid UTF-8 and oversized files are refused with the real cause', () => {
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatch(/byte-order mark/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatch(/UTF-16/);
    expect(refusal(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toMatch(/UTF-16/);
    expect(refusal(new Uint8Array([0x61, 0, 0x62, 0]))).toMatch(/NUL byte at byte 1/);
    expect(refusal(utf8('Th').length ? new Uint8Array([...utf8('Th'), 0xe1, 0x70]) : new Uint8Array())).toMatch(/not valid UTF-8 \(first bad byte at 2\)/);
    expect(refusal(new Uint8Array(600 * 1024).fill(0x61))).toMatch(/at most 512 KiB/);
  });
});

describe('YAML', () => {
  test('anchors and aliases are refused at once, however deep the expansion would go', () => {
    const levels = 'abcdefghij'.split('');
    const bomb = levels.map((name, i) => (i === 0 ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `${name}: &${name} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`)).join('\n');
    const started = performance.now();
    expect(() => parseYamlData(bomb)).toThrow(/anchors and aliases \(&a\) are not allowed/);
    expect(() => parseYamlData('a: &x 1\nb: 2')).toThrow(/&x/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  test('unquoted dates stay text; duplicate keys, several documents and lists are refused', () => {
    expect(parseYamlData('start: 2026-06-20')).toEqual({ start: '2026-06-20' });
    expect(() => parseYamlData('a: 1\na: 2')).toThrow(/line 3: Map keys must be unique/);
    expect(() => parseYamlData('a: 1\n---\nb: 2')).toThrow(/invalid YAML/);
    expect(() => parseYamlData('- a\n- b')).toThrow(/"field: value" lines/);
    expect(() => readContentText('title: x\n')).toThrow(/must start with a "---" line/);
  });
});

describe('the HTML allow-list of bodies', () => {
  const refused = async (body: string) => {
    try {
      await renderBody(body);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(UnpublishableBodyError);
      return (error as UnpublishableBodyError).message;
    }
  };

  test('ordinary text always renders: any Unicode, < > & quotes, braces, MDX-looking lines, long lines', async () => {
    const ordinary = [
      'Giá thuê đất > 1 tỷ đồng, < 2 tỷ & "ưu đãi" \'đặc biệt\' 🙂',
      '{/* ghi chú */} và {process.env.SECRET} chỉ là chữ',
      "import fs from 'node:fs'\n\nexport const x = 1",
      '<Gallery images={[1, 2} />',
      'Đồng Tháp '.repeat(2000),
      'Nhà đầu tư <sub>2</sub>, m<sup>2</sup>, <abbr title="Khu công nghiệp">KCN</abbr>, <span lang="vi">Sa Đéc</span>',
      '| Cột | Số |\n|:--|--:|\n| a | 1 |\n\nChú thích[^1]\n\n[^1]: Nguồn: UBND tỉnh.',
      '[Cổng thông tin](https://dongthap.gov.vn) · [email](mailto:a@b.vn) · [gọi](tel:+842773000000) · [trang](/invest/)',
      'Gửi thư tới <info> hoặc điền <ho-ten/> vào </email> mẫu đơn',
      '<thong-tin>\n\nĐoạn sau.',
    ];
    for (const body of ordinary) expect(await refused(body), body.slice(0, 40)).toBeUndefined();
    const { html } = await renderBody('{process.env.SECRET} <Gallery images={[1, 2} />');
    expect(html).toContain('{process.env.SECRET}');
    expect(html).toContain('&lt;Gallery');
    // A word in angle brackets that is no HTML element stays as the editor wrote it.
    expect((await renderBody('Gửi thư tới <info>.')).html).toBe('<p>Gửi thư tới &lt;info&gt;.</p>');
    expect(await refused('<info onclick="x()">a</info>')).toMatch(/event-handler attribute "onclick"/);
  });

  test('script, handlers, redirects, frames, forms, styles, script URLs and comments are refused by name', async () => {
    expect(await refused('<script>alert(1)</script>')).toMatch(/<script> is not allowed/);
    expect(await refused('<meta http-equiv="refresh" content="0;url=https://evil.example">')).toMatch(/<meta>/);
    expect(await refused('<Fragment set:html="<img onerror=alert(1)>" />')).toMatch(/<fragment>/);
    expect(await refused('<Fragment set:text="x" />')).toMatch(/<fragment>/);
    expect(await refused('<iframe src="https://x.example"></iframe>')).toMatch(/<iframe>/);
    expect(await refused('<form><input name="p"></form>')).toMatch(/<form>|<input>/);
    expect(await refused('<span style="position:fixed">x</span>')).toMatch(/"style" on <span>/);
    expect(await refused('<span onclick="x()">a</span>')).toMatch(/event-handler attribute "onclick"/);
    expect(await refused('[x](javascript:alert(1))')).toMatch(/address "javascript:alert\(1\)"/);
    expect(await refused('<a href="data:text/html,x">x</a>')).toMatch(/address "data:text\/html,x"/);
    expect(await refused('<!-- hidden')).toMatch(/comments are not allowed/);
    expect(await refused('![alt](../../_media/lotus.jpg)')).toMatch(/pictures inside the text/);
    expect(findUnpublishableHtml('<p>ok</p>')).toBeUndefined();
    // Dropped from a fragment, but on a page they give the page's own <body> and <html> attributes.
    expect(await refused('<body onload="alert(1)">')).toMatch(/<body> is not allowed/);
    expect(await refused('<html onmouseover=alert(1)>')).toMatch(/<html> is not allowed/);
    expect(await refused('Chữ <Body background="https://evil.example/x.png"> chữ')).toMatch(/<body> is not allowed/);
    expect(await refused('Từ "body" và &lt;body&gt; là chữ thường')).toBeUndefined();
    // Deep nesting is refused with a message instead of crashing the build.
    expect(await refused(`${'>'.repeat(3000)} x`)).toMatch(/nested too deeply/);
  });
});

describe('pictures', () => {
  let entryFile: string;
  beforeAll(async () => {
    entryFile = path.join(contentRoot, 'pages/vi/x.mdx');
    const media = path.join(contentRoot, '_media');
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).jpeg().toFile(path.join(media, 'ok.jpg'));
    writeFileSync(path.join(media, 'text.jpg'), 'not a picture');
    writeFileSync(path.join(media, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    symlinkSync('/etc/passwd', path.join(media, 'passwd.jpg'));
    symlinkSync(path.join(media, 'ok.jpg'), path.join(media, 'alias.jpg'));
    mkdirSync(path.join(root, 'outside'), { recursive: true });
  });
  const check = (src: string) => checkImageReference(contentRoot, entryFile, src);

  test('a real picture in content/_media passes, also through a link that stays inside it', async () => {
    expect(await check('../../_media/ok.jpg')).toBeUndefined();
    expect(await check('../../_media/alias.jpg')).toBeUndefined();
  });
  test('paths out of _media, links out of it, URLs, non-pictures and SVG are refused', async () => {
    expect(await check('../../../../../../etc/passwd')).toMatch(/outside content\/_media/);
    expect(await check('../../pages/vi/x.jpg')).toMatch(/outside content\/_media/);
    expect(await check('/etc/passwd')).toMatch(/relative path/);
    expect(await check('https://evil.example/a.jpg')).toMatch(/not a URL/);
    expect(await check('../../_media/passwd.jpg')).toMatch(/symbolic link/);
    expect(await check('../../_media/text.jpg')).toMatch(/is not a picture/);
    expect(await check('../../_media/logo.png')).toMatch(/SVG/);
    expect(await check('../../_media/missing.jpg')).toMatch(/not found/);
  });
  test('a _media folder that is itself a link out of content/ is refused', async () => {
    const other = path.join(root, 'linked-media-site');
    mkdirSync(path.join(other, 'content/pages/vi'), { recursive: true });
    symlinkSync(path.join(contentRoot, '_media'), path.join(other, 'content/_media'));
    const problem = await checkImageReference(path.join(other, 'content'), path.join(other, 'content/pages/vi/x.mdx'), '../../_media/ok.jpg');
    expect(problem).toMatch(/leads outside content\/_media/);
  });
});

describe('entries that are links', () => {
  test('a linked entry file or a linked locale folder is refused before anything is read from it', async () => {
    const outside = path.join(root, 'outside');
    mkdirSync(path.join(outside, 'vi'), { recursive: true });
    writeFileSync(path.join(outside, 'vi/trang.mdx'), '---\ntitle: Bên ngoài\ndescription: Không được đọc.\n---\n');
    mkdirSync(path.join(contentRoot, 'destinations/vi'), { recursive: true });
    symlinkSync('/etc/passwd', path.join(contentRoot, 'destinations/vi/lien-ket.mdx'));
    symlinkSync(path.join(outside, 'vi'), path.join(contentRoot, 'destinations/ja'));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const linkedFile = await validateEntryFile(contentRoot, 'destinations', 'vi', 'lien-ket.mdx');
      const linkedFolder = await validateEntryFile(contentRoot, 'destinations', 'ja', 'trang.mdx');
      for (const problems of [linkedFile, linkedFolder]) {
        expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^file: this is a symbolic link, or lies in a linked folder/)]);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('what dates and translations mean', () => {
  const problems = (locale: string, slug: string, data: Record<string, unknown>) => {
    const found: string[] = [];
    checkEntryMeaning(contentRoot, 'festivals', locale, slug, data, (field, message) => found.push(`${field}: ${message}`), '2026-12-03');
    return found;
  };
  test('an event that ends before it starts, and a lunar day no near year has', () => {
    mkdirSync(path.join(contentRoot, 'festivals/vi'), { recursive: true });
    writeFileSync(path.join(contentRoot, 'festivals/vi/hoi.mdx'), '---\n---\n');
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'gregorian', start: '2026-06-25', end: '2026-06-20' } })).toEqual([
      'dateRule.end: the event ends (2026-06-20) before it starts (2026-06-25)',
    ]);
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'gregorian', start: '2026-06-20', end: '2026-06-25' } })).toEqual([]);
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'lunar', month: 6, day: 10, leapMonth: true } })[0]).toMatch(/day 10 of leap lunar month 6 does not occur in 2026 or 2027/);
    // 2028 has a leap fifth month, so seen from 2027 the rule has a date.
    expect(checkLeap(5, '2027-03-01')).toEqual([]);
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'lunar', month: 1, day: 30 } })).toEqual([]);
  });
  const checkLeap = (month: number, today: string) => {
    const found: string[] = [];
    checkEntryMeaning(contentRoot, 'festivals', 'vi', 'hoi', { dateRule: { calendar: 'lunar', month, day: 1, leapMonth: true } }, (_field, message) => found.push(message), today);
    return found;
  };
  test('a translation needs its Vietnamese original', () => {
    expect(problems('ja', 'hoi', {})).toEqual([]);
    expect(problems('ja', 'khong-co', {})[0]).toMatch(/^file: there is no Vietnamese entry content\/festivals\/vi\/khong-co\.mdx/);
  });
});
