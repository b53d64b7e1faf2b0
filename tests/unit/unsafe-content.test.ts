import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  findUnsafeBody,
  findUnsafeFrontmatter,
  findUnsafeHtml,
  findUnsafeString,
  scanTags,
  scriptUrlScheme,
} from '../../src/content/unsafe-content.ts';

const kinds = (findings: Array<{ kind: string }>) => findings.map((f) => f.kind);

describe('scriptUrlScheme', () => {
  test.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['  javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['java\u0000script:alert(1)', 'javascript:'],
    ['java\u200Bscript:alert(1)', 'javascript:'],
    ['&#106;avascript:alert(1)', 'javascript:'],
    ['&#x6A;avascript:alert(1)', 'javascript:'],
    ['&#x6A&#x61vascript:alert(1)', 'javascript:'],
    ['&#0000106avascript:alert(1)', 'javascript:'],
    ['java&Tab;script&colon;alert(1)', 'javascript:'],
    ['&amp;#106;avascript:alert(1)', 'javascript:'],
    ['ｊａｖａｓｃｒｉｐｔ:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['VBScript:msgbox(1)', 'vbscript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:text/html'],
    ['DATA:TEXT/HTML;base64,PHNjcmlwdD4=', 'data:text/html'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'data:image/svg+xml'],
  ])('%j runs script (%s)', (url, scheme) => {
    expect(scriptUrlScheme(url)).toBe(scheme);
  });

  test.each([
    'https://dongthap.gov.vn/',
    '/documents/296-2019.pdf',
    '../../_media/sen.jpg',
    'mailto:info@example.org',
    'tel:+842773851234',
    'https://example.org/?q=javascript:alert(1)',
    '/javascript:x',
    './javascript:x',
    'java script:x',
    'data:image/png;base64,iVBORw0KGgo=',
    '#javascript',
    '',
  ])('%j is an ordinary URL', (url) => {
    expect(scriptUrlScheme(url)).toBeUndefined();
  });
});

test('decodeEntities reads numeric and common named references, with or without ";"', () => {
  expect(decodeEntities('&#106;&#x61;&#X76;&#97&Tab;&colon;&amp;&unknown;')).toBe('java\t:&&unknown;');
  expect(decodeEntities('&#99999999;')).toBe('\uFFFD');
});

describe('scanTags', () => {
  test('reads quoted, unquoted, JSX and run-together attributes as an HTML parser does', () => {
    const [tag] = scanTags(`<img src="a>b"onerror=alert(1) alt='x' data-x={ {a: "}"} } hidden/>`);
    expect(tag!.name).toBe('img');
    expect(tag!.attributes.map((a) => [a.name, a.value, a.expression])).toEqual([
      ['src', 'a>b', false],
      ['onerror', 'alert(1)', false],
      ['alt', 'x', false],
      ['data-x', ' {a: "}"} ', true],
      ['hidden', undefined, false],
    ]);
  });
  test('a slash separates attributes', () => {
    expect(scanTags('<svg/onload=alert(1)>')[0]!.attributes[0]!.name).toBe('onload');
  });
  test('an unquoted value runs to the next space, so a handler inside it is no attribute', () => {
    expect(findUnsafeHtml('<img src=x/onerror=alert(1)>')).toEqual([]);
  });
});

describe('findUnsafeHtml', () => {
  test('script elements in any case, with or without attributes', () => {
    for (const html of ['<script>alert(1)</script>', '<SCRIPT>alert(1)</SCRIPT>', '<ScRiPt src="//evil.example/x.js"></ScRiPt>', '<script/src=//evil>']) {
      expect(kinds(findUnsafeHtml(html)), html).toEqual(['script']);
    }
  });
  test('inline event handlers, quoted or not', () => {
    expect(findUnsafeHtml('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'event-handler', message: expect.stringContaining('"onerror" on <img>'), line: 1 },
    ]);
    expect(kinds(findUnsafeHtml('<body ONLOAD="x()">'))).toEqual(['event-handler']);
    expect(kinds(findUnsafeHtml('<a href="/" onmouseover = \'x()\'>'))).toEqual(['event-handler']);
  });
  test('script URLs in URL attributes, disguised or not', () => {
    expect(findUnsafeHtml('<a href="javascript:alert(1)">x</a>')[0]!.message).toContain('"javascript:" URL in the "href" attribute of <a>');
    expect(kinds(findUnsafeHtml('<a href="&#106;avascript:alert(1)">x</a>'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<iframe src="java\tscript:alert(1)">'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<form action=JAVASCRIPT:alert(1)>'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<button formaction="vbscript:x">'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<svg><a xlink:href="javascript:x">'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<object data="data:text/html,x">'))).toEqual(['url']);
    expect(kinds(findUnsafeHtml('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">'))).toEqual(['script']);
  });
  test('counts lines from the given first line', () => {
    expect(findUnsafeHtml('<p>\nok\n</p>\n<script>', 10)[0]!.line).toBe(13);
  });
  test('ordinary HTML and prose pass', () => {
    expect(findUnsafeHtml('<a href="https://example.org/" title="JavaScript: a history">x</a>')).toEqual([]);
    expect(findUnsafeHtml('<img src="/x.jpg" alt="on=off" data-online="yes">')).toEqual([]);
    expect(findUnsafeHtml('3 < 5 and the script of the play; a <description> of javascript:')).toEqual([]);
    expect(findUnsafeHtml('<scripture>')).toEqual([]);
  });
});

describe('findUnsafeBody (MDX)', () => {
  test('a script element, with its line', () => {
    expect(findUnsafeBody('Intro.\n\n<script>alert(1)</script>\n', 'mdx')).toEqual([
      { kind: 'script', message: 'a <script> element; content may not contain script', line: 3 },
    ]);
    expect(kinds(findUnsafeBody('Text <SCRIPT src="x.js" /> here.\n', 'mdx'))).toEqual(['script']);
  });
  test('JSX event handlers, as strings or expressions', () => {
    expect(kinds(findUnsafeBody('<img src="x.jpg" alt="" onError="alert(1)" />\n', 'mdx'))).toEqual(['event-handler']);
    expect(kinds(findUnsafeBody('<a onClick={() => alert(1)}>x</a>\n', 'mdx'))).toEqual(['event-handler']);
  });
  test('script URLs in links, images, definitions and JSX attributes; entities decoded', () => {
    const found = findUnsafeBody(
      [
        '[a](javascript:alert(1))',
        '',
        '![b](JAVA&#09;SCRIPT:alert(1))',
        '',
        '[c][ref]',
        '',
        '[ref]: &#106;avascript:alert(1)',
        '',
        '<a href="vbscript:x">d</a>',
        '',
        '[e](data:text/html;base64,PHNjcmlwdD4=)',
      ].join('\n'),
      'mdx',
    );
    expect(found.map((f) => [f.kind, f.line])).toEqual([
      ['url', 1],
      ['url', 3],
      ['url', 7],
      ['url', 9],
      ['url', 11],
    ]);
  });
  test('import/export statements are code', () => {
    expect(findUnsafeBody("import X from './x.astro';\n\n<X />\n", 'mdx')).toEqual([
      { kind: 'esm', message: expect.stringContaining('import/export statement'), line: 1 },
    ]);
    expect(kinds(findUnsafeBody('Text.\n\nexport const meta = { a: 1 };\n', 'mdx'))).toEqual(['esm']);
  });
  test('{…} expressions are code, in text and in attributes; comments are not', () => {
    expect(kinds(findUnsafeBody('Hello {process.env.SECRET}.\n', 'mdx'))).toEqual(['expression']);
    expect(kinds(findUnsafeBody('{fetch("https://evil.example/")}\n', 'mdx'))).toEqual(['expression']);
    expect(kinds(findUnsafeBody('<a href={"/x"}>x</a>\n', 'mdx'))).toEqual(['expression']);
    expect(kinds(findUnsafeBody('<a {...props}>x</a>\n', 'mdx'))).toEqual(['expression']);
    expect(findUnsafeBody('{/* a note for editors */}\n\nText.\n', 'mdx')).toEqual([]);
  });
  test('broken MDX is still searched for script, reading its source', () => {
    // Unquoted attributes are not JSX, so this does not parse as MDX.
    expect(findUnsafeBody('Photo: <img src=x onerror=alert(1)>\n', 'mdx')).toEqual([
      { kind: 'event-handler', message: expect.stringContaining('"onerror" on <img>'), line: 1 },
    ]);
    expect(kinds(findUnsafeBody("import x from 'y'\n\n<p>{</p>\n", 'mdx'))).toEqual(['esm']);
    expect(findUnsafeBody('&lt;script&gt; is how a page loads code {\n', 'mdx')).toEqual([]);
  });
  test('prose, code and escaped text pass', () => {
    const prose = [
      'JavaScript: the script of the festival is written by the village.',
      '',
      'Write `<script>alert(1)</script>` or `onerror=` in code; javascript:void(0) is a phrase here.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '```',
      '',
      'The CMS escapes \\<script> and \\{braces\\}; [a link](https://example.org/javascript/) is fine.',
      '',
      '<figure><img src="/x.jpg" alt="Sen" /></figure>',
    ].join('\n');
    expect(findUnsafeBody(prose, 'mdx')).toEqual([]);
    expect(findUnsafeBody(prose.replace('<figure>', '').replace('</figure>', ''), 'md')).toEqual([]);
  });
});

describe('findUnsafeBody (Markdown)', () => {
  test('raw HTML is checked; braces are only text', () => {
    expect(kinds(findUnsafeBody('<div>\n<script>alert(1)</script>\n</div>\n', 'md'))).toEqual(['script']);
    expect(kinds(findUnsafeBody('Hi <img src=x onerror=alert(1)>\n', 'md'))).toEqual(['event-handler']);
    expect(kinds(findUnsafeBody('<javascript:alert(1)>\n', 'md'))).toEqual(['url']);
    expect(findUnsafeBody('Braces {like this} are text in Markdown.\n', 'md')).toEqual([]);
  });
});

describe('frontmatter', () => {
  test('URL fields with script URLs', () => {
    expect(findUnsafeString('java\tscript:alert(1)', 'website')).toEqual([
      { kind: 'url', message: expect.stringContaining('"javascript:" URL') },
    ]);
    expect(kinds(findUnsafeString('javascript:alert(1)', 'documentUrl'))).toEqual(['url']);
    expect(kinds(findUnsafeString(' JavaScript: alert(1)', 'url'))).toEqual(['url']);
    // A one-word value in any field is read as a URL too.
    expect(kinds(findUnsafeString('javascript:alert(1)', 'note'))).toEqual(['url']);
  });
  test('tags and Markdown links in any string', () => {
    expect(kinds(findUnsafeString('Lễ hội <script>alert(1)</script>', 'title'))).toEqual(['script']);
    expect(kinds(findUnsafeString('</script><svg/onload=alert(1)>', 'title'))).toEqual(['event-handler']);
    expect(kinds(findUnsafeString('See [here](javascript:alert(1)).', 'description'))).toEqual(['url']);
  });
  test('prose about JavaScript passes', () => {
    expect(findUnsafeString('JavaScript: the script of a festival', 'title')).toEqual([]);
    expect(findUnsafeString('3 < 5, [note] and a <b>bold</b> claim', 'description')).toEqual([]);
    expect(findUnsafeString('https://dongthap.gov.vn/', 'website')).toEqual([]);
  });
  test('findUnsafeFrontmatter gives the path of every field, at any depth', () => {
    const found = findUnsafeFrontmatter({
      title: 'Trà sen',
      date: new Date(0),
      stars: 4,
      contact: { website: 'javascript:alert(1)' },
      whereToBuy: [{ name: 'Shop', url: 'https://shop.example/' }, { name: '<img src=x onerror=alert(1)>', url: 'vbscript:x' }],
    });
    expect(found.map((f) => [f.path.join('.'), f.finding.kind])).toEqual([
      ['contact.website', 'url'],
      ['whereToBuy.1.name', 'event-handler'],
      ['whereToBuy.1.url', 'url'],
    ]);
  });
});
