/**
 * The e-mail form of the monthly bulletin: one HTML file staff paste into their mailing tool.
 * Mail programs ignore stylesheets, scripts and web fonts and often block remote pictures, so
 * the file has none: a 600 px table layout, every style inline, system fonts, text and links
 * only. It is built as a syntax tree and written by hast-util-to-html, so no text from content
 * can ever become markup.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

export interface EmailItem {
  title: string;
  url: string;
  /** Short facts: a date, a category, a place. */
  meta: string;
  text?: string | undefined;
  /** BCP 47 tag when the item's language differs from the bulletin's. */
  lang?: string | undefined;
}

export interface EmailSection {
  heading: string;
  items: EmailItem[];
  /** A line under the items (for example: more news in another language), with its link. */
  more?: { text: string; url: string } | undefined;
  /** What to say when there are no items. */
  empty: string;
}

export interface BulletinEmail {
  /** BCP 47 tag of the bulletin's language. */
  lang: string;
  /** The `<title>` and preview line. */
  title: string;
  /** Small line above the heading: the province. */
  kicker: string;
  /** The heading: the bulletin and its month. */
  heading: string;
  intro: string;
  sections: EmailSection[];
  /** "Read this bulletin on the web" and its address. */
  webVersion: { text: string; url: string };
  /** The publisher, address and contact lines of the footer. */
  footer: string[];
  /** Official accounts, as links. */
  accounts: Array<{ label: string; url: string }>;
  /** Brand colours (site config). */
  colors: { primary: string; primaryDark: string; surface: string };
}

type Child = ElementContent | string | false | undefined | null;

/** A hast element; strings become text nodes, falsy children are dropped. */
function h(tagName: string, properties: Properties, ...children: Child[]): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.filter((c): c is ElementContent | string => Boolean(c)).map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
  };
}

const font = "font-family:-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK JP','Helvetica Neue',Arial,sans-serif";

/** A table that mail programs lay out the same way (no CSS layout, explicit presentation role). */
function table(style: string, ...rows: Child[]): Element {
  return h(
    'table',
    { role: 'presentation', width: '100%', cellPadding: '0', cellSpacing: '0', border: '0', style: `border-collapse:collapse;${style}` },
    ...rows,
  );
}

const row = (style: string, ...children: Child[]) => h('tr', {}, h('td', { style }, ...children));

function itemBlock(item: EmailItem, colors: BulletinEmail['colors']): Element {
  return row(
    'padding:0 0 18px 0;',
    h('p', { style: `margin:0 0 4px 0;font-size:13px;line-height:1.4;color:#5b5358;${font}` }, item.meta),
    h(
      'p',
      { style: `margin:0 0 4px 0;font-size:17px;line-height:1.35;font-weight:bold;${font}`, lang: item.lang },
      h('a', { href: item.url, style: `color:${colors.primaryDark};text-decoration:underline;` }, item.title),
    ),
    item.text && h('p', { style: `margin:0;font-size:15px;line-height:1.5;color:#222222;${font}`, lang: item.lang }, item.text),
  );
}

function sectionBlock(section: EmailSection, colors: BulletinEmail['colors']): Element {
  return row(
    'padding:8px 32px 8px 32px;',
    h(
      'h2',
      { style: `margin:16px 0 12px 0;padding:0 0 6px 0;border-bottom:2px solid ${colors.primary};font-size:20px;line-height:1.3;color:#222222;${font}` },
      section.heading,
    ),
    section.items.length
      ? table('', ...section.items.map((item) => itemBlock(item, colors)))
      : h('p', { style: `margin:0 0 16px 0;font-size:15px;color:#5b5358;${font}` }, section.empty),
    section.more &&
      h(
        'p',
        { style: `margin:0 0 12px 0;font-size:14px;${font}` },
        h('a', { href: section.more.url, style: `color:${colors.primaryDark};text-decoration:underline;` }, section.more.text),
      ),
  );
}

/** The complete e-mail HTML document. */
export function bulletinEmailHtml(email: BulletinEmail): string {
  const { colors } = email;
  const body = table(
    `max-width:600px;margin:0 auto;background:#ffffff;`,
    row(
      `padding:28px 32px 24px 32px;background:${colors.primaryDark};color:#ffffff;`,
      h('p', { style: `margin:0 0 6px 0;font-size:14px;letter-spacing:0.04em;color:#ffffff;${font}` }, email.kicker),
      h('h1', { style: `margin:0 0 10px 0;font-size:26px;line-height:1.25;color:#ffffff;${font}` }, email.heading),
      h('p', { style: `margin:0;font-size:15px;line-height:1.5;color:#ffffff;${font}` }, email.intro),
    ),
    row(
      'padding:12px 32px 0 32px;',
      h(
        'p',
        { style: `margin:0;font-size:13px;${font}` },
        h('a', { href: email.webVersion.url, style: `color:${colors.primaryDark};text-decoration:underline;` }, email.webVersion.text),
      ),
    ),
    ...email.sections.map((section) => sectionBlock(section, colors)),
    row(
      `padding:20px 32px 28px 32px;background:${colors.surface};`,
      ...email.footer.map((line) => h('p', { style: `margin:0 0 6px 0;font-size:13px;line-height:1.5;color:#3d3539;${font}` }, line)),
      email.accounts.length > 0 &&
        h(
          'p',
          { style: `margin:10px 0 0 0;font-size:13px;${font}` },
          ...email.accounts.flatMap((account, index) => [
            index > 0 ? ' · ' : '',
            h('a', { href: account.url, style: `color:${colors.primaryDark};text-decoration:underline;` }, account.label),
          ]),
        ),
    ),
  );
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { lang: email.lang },
        h(
          'head',
          {},
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', {}, email.title),
        ),
        // Several mail programs replace <body> with a <div> of their own, so nothing is styled on it:
        // the outer table carries the background.
        h('body', {}, table('background:#efe9ec;', row('padding:16px 8px;', body))),
      ),
    ],
  };
  return toHtml(tree, { allowDangerousHtml: false });
}
