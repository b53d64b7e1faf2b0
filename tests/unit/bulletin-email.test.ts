/**
 * The bulletin's e-mail file: one self-contained HTML document a mailing tool can send. It is
 * read back with parse5 (the HTML parser browsers follow) and checked by doiuse-email against the
 * Can I email data for the common mail programs; content text never becomes markup.
 */
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { bulletinEmailHtml, type BulletinEmail } from '../../src/utils/bulletin-email.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) found.push(n);
    const children = 'childNodes' in n ? n.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in n && n.content) walk(n.content as Node);
  };
  walk(node);
  return found;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const hostile = '<script>alert(1)</script><img src=https://tracker.example/p.gif onerror=alert(2)>"\'&';

const email: BulletinEmail = {
  lang: 'ja-JP',
  title: 'ドンタップ省ニュースレター – 2026年12月',
  kicker: 'ドンタップ省ニュースレター',
  heading: 'ドンタップ省ニュースレター – 2026年12月',
  intro: '今月のニュース、これからの祭り、おすすめのOCOP産品。',
  sections: [
    {
      heading: '今月のニュース',
      empty: 'ニュースはまだありません。',
      items: [
        { title: hostile, url: 'https://dongthap.example/ja/news/a/', meta: '2026年12月2日 · お知らせ', text: `本文 ${hostile}` },
        { title: 'Sa Đéc', url: 'https://dongthap.example/ja/news/b/', meta: '2026年12月1日', lang: 'vi' },
      ],
      more: { text: 'ほか1件（未翻訳）', url: 'https://dongthap.example/ja/news/' },
    },
    { heading: 'これからの祭り', empty: '今後2か月の祭りはありません。', items: [] },
  ],
  webVersion: { text: 'ウェブで読む', url: 'https://dongthap.example/ja/bulletin/2026-12/' },
  footer: ['ドンタップ省 貿易・観光・投資促進センター', '+84 277 3000 000 · info@dongthap.example'],
  accounts: [
    { label: 'Facebook', url: 'https://www.facebook.com/x' },
    { label: 'Zalo OA', url: 'https://zalo.me/x' },
  ],
  colors: { primary: '#b0124f', primaryDark: '#7a0c37', surface: '#fdf6f8' },
};

describe('the bulletin e-mail file', () => {
  const html = bulletinEmailHtml(email);
  const all = elements(parse(html));

  test('loads nothing from anywhere: no script, stylesheet, picture, frame, font or CSS url()', () => {
    const loading = all.filter((el) =>
      ['script', 'link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'style', 'base', 'form'].includes(el.tagName),
    );
    expect(loading.map((el) => el.tagName)).toEqual([]);
    for (const el of all) {
      for (const { name, value } of el.attrs) {
        expect(['src', 'srcset', 'background', 'action', 'poster'], `${el.tagName}[${name}]`).not.toContain(name);
        expect(name.startsWith('on'), `${el.tagName}[${name}]`).toBe(false);
        if (name === 'style') expect(value).not.toMatch(/url\(|@import|expression\(/i);
      }
    }
  });

  test('every link is an absolute https address, so it works from a mail program', () => {
    const hrefs = all.filter((el) => el.tagName === 'a').map((el) => attr(el, 'href'));
    expect(hrefs.length).toBeGreaterThan(4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });

  test('content text stays text: a title with markup shows as typed', () => {
    const anchors = all.filter((el) => el.tagName === 'a');
    const texts = anchors.map((a) => a.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(texts).toContain(hostile);
    expect(html).not.toContain('<script>');
  });

  test('declares its language, charset and title, and marks text in another language', () => {
    const root = all.find((el) => el.tagName === 'html')!;
    expect(attr(root, 'lang')).toBe('ja-JP');
    expect(all.some((el) => el.tagName === 'meta' && attr(el, 'charset') === 'utf-8')).toBe(true);
    expect(all.find((el) => el.tagName === 'title')?.childNodes[0]).toMatchObject({ value: email.title });
    expect(all.filter((el) => attr(el, 'lang') === 'vi').length).toBeGreaterThan(0);
  });

  test('uses only HTML and CSS that Gmail, Apple Mail, Outlook and Yahoo support (doiuse-email)', () => {
    const result = doIUseEmail(html, { emailClients: ['gmail.*', 'apple-mail.*', 'outlook.*', 'yahoo.*'] });
    const errors = 'errors' in result ? result.errors : [];
    // Two findings are harmless by design: some programs swap <body> for a <div> (nothing is
    // styled on it), and Outlook for Windows ignores role="presentation" (kept for screen readers
    // in every other program; the tables still lay out).
    const harmless = /^`<body> element` is not supported by|^`role attribute` is not supported by `outlook\./;
    expect(errors.filter((error) => !harmless.test(error))).toEqual([]);
  });

  test('an e-mail with a style Gmail drops would be caught (the checker is live)', () => {
    const result = doIUseEmail(html.replace('border-collapse:collapse;', 'display:grid;border-collapse:collapse;'), { emailClients: ['gmail.*'] });
    expect('errors' in result ? result.errors.join('\n') : '').toMatch(/grid/);
  });
});
