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
import { checkEntryMeaning } from '../../src/model/entry.ts';
import { ContentFileError, decodeContentFile, parseYamlData, readContentText } from '../../src/model/frontmatter.ts';
import { contentLoader } from '../../src/model/loader.ts';
import { checkImageReference } from '../../src/model/media-files.ts';
import { findUnbalancedTag, findUnpublishableHtml, isPublishableAddress } from '../../src/model/publishable-html.ts';
import { renderBody, UnpublishableBodyError } from '../../src/model/render-body.ts';
import { collections } from '../../src/model/collections.ts';
import { formatProblem, validateEntryFile } from '../../src/model/validate.ts';

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
    title: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((t) => t.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(t) && t.normalize('NFC') === t),
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
  test('control characters are refused with their line: C0 but TAB and LF, DEL, C1, and a CR that ends no Windows line', () => {
    // They reach the RSS feed (invalid XML) and the .ics calendar (a CR starts a new line).
    expect(refusal(utf8('---\ntitle: a\u0007b\n---\n'))).toMatch(/^line 2 contains the invisible control character U\+0007/);
    expect(refusal(utf8('---\ntitle: a\n---\n\nChữ\u001b[2J'))).toMatch(/^line 5 .*U\+001B/);
    expect(refusal(utf8('---\ntitle: a\u000b\n---\n'))).toMatch(/U\+000B/);
    expect(refusal(utf8('---\ntitle: a\u007f\n---\n'))).toMatch(/U\+007F/);
    expect(refusal(utf8('---\ntitle: a\u0085\u009f\n---\n'))).toMatch(/U\+0085/);
    // Bidi overrides reorder how a title reads ("Trojan source"); no language of the site needs them.
    expect(refusal(utf8('---\ntitle: Giá \u202e000.1\n---\n'))).toMatch(/^line 2 .*U\+202E/);
    expect(refusal(utf8('---\rtitle: a\r---\r'))).toMatch(/^line 1 contains a carriage return .*old Mac line endings or a stray carriage return/);
    expect(refusal(utf8('---\r\ntitle: a\r\n---\r\nmột\rhai\r\n'))).toMatch(/^line 4 .*stray carriage return/);
    // Ordinary text still reads: tabs, any script, emoji, < > & and quotes, and U+00A0 just past C1.
    const ordinary = '---\r\ntitle: "Đồng Tháp 🙂 <b> & \\"q\\""\r\n---\r\n\tThụt lề\t和 한국어 Русский\u00a0«»\r\n';
    expect(refusal(utf8(ordinary))).toBeUndefined();
    expect(readContentText(decodeContentFile(utf8(ordinary)))).toEqual({
      data: { title: 'Đồng Tháp 🙂 <b> & "q"' },
      body: '\tThụt lề\t和 한국어 Русский\u00a0«»\n',
      bodyLine: 4,
    });
  });
});

describe('YAML', () => {
  test('anchors and aliases are refused at once, however deep the expansion would go', () => {
    const levels = 'abcdefghij'.split('');
    const bomb = levels
      .map((name, i) =>
        i === 0
          ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
          : `${name}: &${name} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(',')}]`,
      )
      .join('\n');
    const started = performance.now();
    expect(() => parseYamlData(bomb)).toThrow(/anchors and aliases \(&a\) are not allowed/);
    expect(() => parseYamlData('a: &x 1\nb: 2')).toThrow(/&x/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  test('a frontmatter of thousands of keys or deep nesting is read or refused at once, never slowly', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: v`);
    let started = performance.now();
    expect(Object.keys(parseYamlData(keys.join('\n')))).toHaveLength(30_000);
    expect(() => parseYamlData([...keys, 'k17: again'].join('\n'))).toThrow(/line 30002: Map keys must be unique \("k17" is written twice\)/);
    expect(performance.now() - started).toBeLessThan(3000);
    started = performance.now();
    expect(() => parseYamlData(`a: ${'['.repeat(100_000)}`)).toThrow(/the fields are nested too deeply/);
    expect(() => parseYamlData(`a: ${'{a: '.repeat(50_000)}`)).toThrow(/the fields are nested too deeply/);
    expect(performance.now() - started).toBeLessThan(3000);
  });
  test('unquoted dates stay text; duplicate keys, several documents and lists are refused', () => {
    expect(parseYamlData('start: 2026-06-20')).toEqual({ start: '2026-06-20' });
    expect(() => parseYamlData('a: 1\na: 2')).toThrow(/line 3: Map keys must be unique/);
    expect(() => parseYamlData('a: 1\n---\nb: 2')).toThrow(/invalid YAML/);
    expect(() => parseYamlData('- a\n- b')).toThrow(/"field: value" lines/);
    expect(() => readContentText('title: x\n')).toThrow(/must start with a "---" line/);
  });
  const yamlRefusal = (frontmatter: string) => {
    try {
      parseYamlData(frontmatter);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(ContentFileError);
      return `${(error as ContentFileError).field}: ${(error as Error).message}`;
    }
  };
  test('control characters written as escapes are refused in any string or key, naming the field', () => {
    expect(yamlRefusal('title: "a\\rb"')).toMatch(/^title: the text contains the invisible control character U\+000D/);
    expect(yamlRefusal('title: "\\x07"')).toMatch(/^title: .*U\+0007/);
    expect(yamlRefusal('title: "\\a"')).toMatch(/^title: .*U\+0007/);
    expect(yamlRefusal('description: "ok"\ngallery:\n  - alt: ok\n  - alt: "x\\u007f"')).toMatch(/^gallery\[1\]\.alt: .*U\+007F/);
    expect(yamlRefusal('a:\n  b: ["x", "\\x85"]')).toMatch(/^a\.b\[1\]: .*U\+0085/);
    expect(yamlRefusal('"ti\\x1btle": x')).toMatch(/^ti\{U\+001B\}tle: the field name contains the invisible control character U\+001B/);
    // TAB and LF stay: an escaped tab, a block scalar's lines.
    expect(parseYamlData('title: "a\\tb"\ndescription: |\n  một\n  hai\n')).toEqual({ title: 'a\tb', description: 'một\nhai\n' });
  });
  test('__proto__, constructor and prototype are refused as keys at any depth, naming the key path', () => {
    expect(yamlRefusal('__proto__:\n  polluted: 1')).toMatch(/^__proto__: "__proto__" cannot be a field name/);
    expect(yamlRefusal('title: x\nconstructor: 1')).toMatch(/^constructor: "constructor" cannot be a field name/);
    expect(yamlRefusal('dateRule:\n  prototype: 1')).toMatch(/^dateRule\.prototype: "prototype"/);
    expect(yamlRefusal('gallery:\n  - alt: x\n    "__proto__": {x: 1}')).toMatch(/^gallery\[0\]\.__proto__: /);
    expect(yamlRefusal('a: [{b: {constructor: 1}}]')).toMatch(/^a\[0\]\.b\.constructor: /);
    // As values, and inside longer names, they are ordinary words.
    expect(parseYamlData('title: constructor\nmy_prototype: __proto__')).toEqual({ title: 'constructor', my_prototype: '__proto__' });
  });
  test('the validator reports them as one line naming file, locale and field', async () => {
    const file = path.join(contentRoot, 'pages/vi/ky-tu.mdx');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const lines = async (text: string) => {
        writeFileSync(file, text);
        return (await validateEntryFile(contentRoot, 'pages', 'vi', 'ky-tu.mdx')).map(formatProblem);
      };
      expect(await lines('---\ntitle: "a\\rb"\ndescription: Mô tả.\n---\n')).toEqual([
        expect.stringMatching(/^content\/pages\/vi\/ky-tu\.mdx \[locale: vi\] field "title": the text contains the invisible control character U\+000D/),
      ]);
      // Astro's loader stops the build with the same line.
      expect((await loadPages()).error).toContain(
        'content/pages/vi/ky-tu.mdx [locale: vi] field "title": the text contains the invisible control character U+000D',
      );
      expect(await lines('---\ntitle: Tiêu đề\ndescription: Mô tả.\n---\n\nChữ\u0007\n')).toEqual([
        expect.stringMatching(/^content\/pages\/vi\/ky-tu\.mdx \[locale: vi\] field "file": line 6 contains the invisible control character U\+0007/),
      ]);
      expect(await lines('---\ntitle: Tiêu đề\ndescription: Mô tả.\n__proto__:\n  title: x\n---\n')).toEqual([
        expect.stringMatching(/^content\/pages\/vi\/ky-tu\.mdx \[locale: vi\] field "__proto__": "__proto__" cannot be a field name/),
      ]);
    } finally {
      process.chdir(cwd);
      rmSync(file, { force: true });
    }
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
    expect(await refused('![alt](../../_media/lotus.jpg)')).toMatch(/pictures inside the text/);
    await expect(renderBody('Đoạn.\n\n![alt](/x.png)')).rejects.toMatchObject({ line: 3 });
    expect(findUnpublishableHtml('<p>ok</p>')).toBeUndefined();
    // Dropped from a fragment, but on a page they give the page's own <body> and <html> attributes.
    expect(await refused('<body onload="alert(1)">')).toMatch(/<body> is not allowed/);
    expect(await refused('<html onmouseover=alert(1)>')).toMatch(/<html> is not allowed/);
    expect(await refused('Chữ <Body background="https://evil.example/x.png"> chữ')).toMatch(/<body> is not allowed/);
    expect(await refused('Từ "body" và &lt;body&gt; là chữ thường')).toBeUndefined();
    // Deep nesting is refused with a message instead of crashing the build.
    expect(await refused(`${'>'.repeat(3000)} x`)).toMatch(/nested more than 32 levels deep/);
    expect(await refused(`${'- '.repeat(3000)}x`)).toMatch(/nested too deeply/);
  });
});

describe('raw HTML an editor types (raw-html.ts)', () => {
  const html = async (body: string, locale = 'vi') => (await renderBody(body, locale)).html;
  const refusal = async (body: string) => {
    try {
      await renderBody(body);
    } catch (error) {
      if (error instanceof UnpublishableBodyError) return { message: error.message, line: error.line };
      throw error;
    }
    throw new Error(`not refused: ${body}`);
  };

  test('words in angle brackets, real element names used as words and unclosed comments show as written', async () => {
    expect(await html('<Your name> và <ho ten>')).toBe('<p>&lt;Your name&gt; và &lt;ho ten&gt;</p>');
    expect(await html('Điền <address> và <form> rồi <title>.')).toBe('<p>Điền &lt;address&gt; và &lt;form&gt; rồi &lt;title&gt;.</p>');
    // A tag alone on the first line makes Markdown read the lines as HTML; they become a paragraph.
    expect(await html('<info>\nGửi **thư** tới\nphòng')).toBe('<p>&lt;info&gt;\nGửi <strong>thư</strong> tới\nphòng</p>');
    expect(await html('<address>\nSố 1, phường Cao Lãnh')).toBe('<p>&lt;address&gt;\nSố 1, phường Cao Lãnh</p>');
    expect(await html('Xem http://example.com/<script> nhé')).toBe('<p>Xem <a href="http://example.com/">http://example.com/</a>&lt;script&gt; nhé</p>');
    const unclosed = await html('<!-- ghi chú chưa đóng\n\nĐoạn **sau**.');
    expect(unclosed).toMatch(/^<p>&lt;!/);
    expect(unclosed).toContain('<p>Đoạn <strong>sau</strong>.</p>');
  });

  test('a complete comment is an editor note: it is not published', async () => {
    expect(await html('Giờ mở cửa <!-- kiểm tra lại --> 7:00')).toBe('<p>Giờ mở cửa  7:00</p>');
    expect(await html('<!-- ghi chú\nnhiều dòng -->\n\nĐoạn văn.')).toBe('<p>Đoạn văn.</p>');
  });

  test('allowed inline tags are kept only when they close in the same paragraph; slips show as written', async () => {
    expect(await html('H<sub>2</sub>O, <abbr title="Hợp tác xã">HTX</abbr>, <span lang="en">OCOP</span>')).toBe(
      '<p>H<sub>2</sub>O, <abbr title="Hợp tác xã">HTX</abbr>, <span lang="en">OCOP</span></p>',
    );
    expect(await html('Chữ <b>đậm không đóng')).toBe('<p>Chữ &lt;b&gt;đậm không đóng</p>');
    expect(await html('<b><i>x</b></i>')).toBe('<p><b>&lt;i&gt;x</b>&lt;/i&gt;</p>');
    expect(await html('<b>mở ở đây\n\nđóng ở đây</b>')).toBe('<p>&lt;b&gt;mở ở đây</p>\n<p>đóng ở đây&lt;/b&gt;</p>');
    expect(await html('</main></body> thừa')).toBe('<p>&lt;/main&gt;&lt;/body&gt; thừa</p>');
    expect(await html('| a |\n|---|\n| x<br>y <u>z |')).toContain('<td>x<br>y &lt;u&gt;z</td>');
  });

  test('markup that would spill over the page, restyle it or act is refused with its line', async () => {
    expect(await refusal('Đoạn một.\n\n<p><a href="https://evil.example/login"></p>')).toEqual({
      message: expect.stringMatching(/<(p|a)> is not allowed/),
      line: 3,
    });
    expect(await refusal('x <a href="https://dongthap.gov.vn">cổng</a>')).toEqual({ message: expect.stringMatching(/write links in Markdown/), line: 1 });
    expect((await refusal('<span id="main">x</span>')).message).toMatch(/"id" on <span>/);
    expect((await refusal('<span aria-label="x">y</span>')).message).toMatch(/"aria-label" on <span>/);
    expect((await refusal('<div>\nx\n</div>')).message).toMatch(/<div> is not allowed/);
    expect(await refusal('<div>\n\n<script>alert(1)</script>\n</div>'.replace('\n\n', '\n'))).toEqual({
      message: expect.stringMatching(/<script> is not allowed/),
      line: 2,
    });
    expect((await refusal('a <script>alert(1)</script> b')).message).toMatch(/<script> is not allowed/);
    expect((await refusal('<info onclick="x()">')).message).toMatch(/event-handler attribute "onclick"/);
    expect((await refusal('<Fragment set:html="x" />')).message).toMatch(/Astro directive "set:html"/);
    expect((await refusal('<x-y href="javascript:alert(1)">')).message).toMatch(/address "javascript:alert\(1\)"/);
  });

  test('addresses that look like paths but lead to another site are refused', async () => {
    for (const address of ['//evil.example/login', '/\\evil.example', '\\\\evil.example', '/\t/evil.example']) {
      expect(isPublishableAddress(address), JSON.stringify(address)).toBe(false);
    }
    for (const address of ['/vi/dau-tu/', '#muc-2', 'https://dongthap.gov.vn', 'mailto:a@b.vn', 'tel:+84277', 'tai-lieu.pdf']) {
      expect(isPublishableAddress(address), address).toBe(true);
    }
    expect((await refusal('[đăng nhập](//evil.example/login)')).message).toMatch(/address "\/\/evil\.example\/login"/);
    expect(findUnpublishableHtml('<p><a href="/\\evil.example">x</a></p>')?.message).toMatch(/address/);
    // Markdown percent-encodes a backslash, so this one stays a path on the site.
    expect(await html('[x](/\\evil.example)')).toBe('<p><a href="/%5Cevil.example">x</a></p>');
  });

  test('what editors of every language type reads as typed: ranges with ~, task lists, any fence language, notes before text', async () => {
    expect(await html('입장료 1,000~2,000원, 운영시간 9~18시', 'ko')).toBe('<p>입장료 1,000~2,000원, 운영시간 9~18시</p>');
    expect(await html('9:00~17:00、料金 500~1000円', 'ja')).toBe('<p>9:00~17:00、料金 500~1000円</p>');
    expect(await html('giá ~~cũ~~ mới')).toBe('<p>giá <del>cũ</del> mới</p>');
    expect(await html('<!-- TODO: kiểm tra số liệu --> Tỉnh có 1,2 triệu dân.')).toBe('<p>Tỉnh có 1,2 triệu dân.</p>');
    expect(await html('Đoạn một.\n<!-- TODO --> Đoạn hai.')).toBe('<p>Đoạn một.\nĐoạn hai.</p>');
    expect(await html('<!--\nGhi chú nội bộ\n-->Nội dung')).toBe('<p>Nội dung</p>');
    expect(await html('Điền vào ô <Time slot>, <B plan>, a<b and c>d')).toBe('<p>Điền vào ô &lt;Time slot&gt;, &lt;B plan&gt;, a&lt;b and c&gt;d</p>');
    expect(await html('- [ ] Bản sao CCCD\n- [x] Đơn đề nghị')).toContain(
      '<li class="task-list-item"><input type="checkbox" checked disabled> Đơn đề nghị</li>',
    );
    expect(await html('```c++\nint a;\n```')).toBe('<pre><code class="language-c++">int a;\n</code></pre>');
    expect(await html('<Template>\n- <Section>\n  - <Item>\n    - <Detail>')).toContain('<li>&lt;Detail&gt;</li>');
    // Straight quotes stay as typed: no English curly quotes in Russian or Japanese text.
    expect(await html('Он сказал "да" и \'нет\'', 'ru')).toBe('<p>Он сказал "да" и \'нет\'</p>');
  });

  test('what would spoof or clash is refused or kept apart: dir, heading ids, control characters in messages', async () => {
    expect((await refusal('Đường dây nóng: <span dir="rtl">0912 345 678</span>')).message).toMatch(/"dir" on <span>/);
    const { html: headed, headings } = await renderBody('## Main\n\n## Footer contact');
    expect(headed).toBe('<h2 id="user-content-main">Main</h2>\n<h2 id="user-content-footer-contact">Footer contact</h2>');
    expect(headings.map((h) => h.slug)).toEqual(['user-content-main', 'user-content-footer-contact']);
    expect((await refusal('<q cite="java\nscript:alert(1)">q</q>')).message).toContain('"java\\nscript:alert(1)"');
  });

  test('bodies that make huge HTML or nest too deeply are refused at once; long runs of quotes render fast', async () => {
    const timed = async (body: string) => {
      const started = performance.now();
      const outcome = await refusal(body).catch(() => undefined);
      return { outcome, ms: performance.now() - started };
    };
    const table = await timed(`${'|a'.repeat(2000)}\n${'|-'.repeat(2000)}\n${'x\n'.repeat(2000)}`);
    expect(table.outcome).toEqual({ message: 'the table has 2000 columns and 4,002,000 cells; tables may have at most 100 columns and 20,000 cells', line: 1 });
    expect(table.ms).toBeLessThan(2000);
    const manyTables = await timed(`${'|a'.repeat(100)}\n${'|-'.repeat(100)}\n${'x\n'.repeat(190)}\n`.repeat(12));
    expect(manyTables.outcome?.message).toMatch(/KiB of HTML; at most 1024 KiB/);
    const quotes = await timed('x\n\n' + '>'.repeat(65_000));
    expect(quotes.outcome).toEqual({ message: 'quotes are nested more than 32 levels deep', line: 3 });
    expect(quotes.ms).toBeLessThan(500);
    for (const body of ['"'.repeat(60_000), "'".repeat(60_000), '"a" '.repeat(16_000), 'a -- b\n'.repeat(9000)]) {
      const started = performance.now();
      await renderBody(body);
      expect(performance.now() - started, body.slice(0, 6)).toBeLessThan(1500);
    }
  });

  test('the final HTML must be balanced: nothing closes what the body did not open', () => {
    expect(findUnbalancedTag('<p><b>x</b></p><ul><li>a<br></li></ul>')).toBeUndefined();
    expect(findUnbalancedTag('<p><a href="x">y</p>')).toBe('p');
    expect(findUnbalancedTag('<p>x</p></main>')).toBe('main');
    expect(findUnbalancedTag('<p>x &lt;b&gt;</p>')).toBeUndefined();
    expect(findUnpublishableHtml('<p><b>x</p>')?.message).toMatch(/not closed/);
  });

  test('footnotes are labelled in the language of the entry', async () => {
    const labels = { vi: 'Chú thích', en: 'Notes', ja: '注', ru: 'Примечания' };
    for (const [locale, label] of Object.entries(labels)) {
      const out = await html('Số liệu[^1]\n\n[^1]: Nguồn: UBND tỉnh.', locale);
      expect(out).toContain(`<h2 class="sr-only" id="footnote-label">${label}</h2>`);
      if (locale === 'en') expect(out).toContain('aria-label="Back to reference 1"');
      else expect(out).not.toContain('Back to reference');
    }
  });

  test('a body over the size limit is refused at once; the worst Markdown under it renders within seconds', async () => {
    const started = performance.now();
    expect((await refusal('_a'.repeat(64 * 1024))).message).toMatch(/the text is 128 KiB; an entry's text may be at most 64 KiB/);
    expect(performance.now() - started).toBeLessThan(1000);
    for (const worst of ['_a'.repeat(32 * 1024 - 1), '<x>'.repeat(21_000), '<b>'.repeat(21_000)]) {
      const begun = performance.now();
      await renderBody(worst).catch((error: unknown) => expect(error).toBeInstanceOf(UnpublishableBodyError));
      expect(performance.now() - begun, worst.slice(0, 6)).toBeLessThan(5000);
    }
  });
});

describe('pictures', () => {
  let entryFile: string;
  beforeAll(async () => {
    entryFile = path.join(contentRoot, 'pages/vi/x.mdx');
    const media = path.join(contentRoot, '_media');
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
      .jpeg()
      .toFile(path.join(media, 'ok.jpg'));
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
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'lunar', month: 6, day: 10, leapMonth: true } })[0]).toMatch(
      /day 10 of leap lunar month 6 does not occur in 2026 or 2027/,
    );
    // 2028 has a leap fifth month, so seen from 2027 the rule has a date.
    expect(checkLeap(5, '2027-03-01')).toEqual([]);
    expect(problems('vi', 'hoi', { dateRule: { calendar: 'lunar', month: 1, day: 30 } })).toEqual([]);
  });
  const checkLeap = (month: number, today: string) => {
    const found: string[] = [];
    checkEntryMeaning(
      contentRoot,
      'festivals',
      'vi',
      'hoi',
      { dateRule: { calendar: 'lunar', month, day: 1, leapMonth: true } },
      (_field, message) => found.push(message),
      today,
    );
    return found;
  };
  test('a translation needs its Vietnamese original', () => {
    expect(problems('ja', 'hoi', {})).toEqual([]);
    expect(problems('ja', 'khong-co', {})[0]).toMatch(/^file: there is no Vietnamese entry content\/festivals\/vi\/khong-co\.mdx/);
  });
});
