/**
 * What staff content may become in HTML. The body of every entry is rendered, and the HTML the
 * build would publish is parsed again with parse5 (through hast-util-from-html, as a browser
 * would parse it) and passed through hast-util-sanitize with the schema below: the elements and
 * attributes that Markdown produces, plus a few inline tags an editor may type (`<sub>`,
 * `<abbr>`, `<span lang="vi">`…). If the sanitiser would remove anything, the entry is refused
 * and the first removal is named. So the decision is the maintained sanitiser's, made on the
 * final HTML: no parser differential between a checker and the renderer can let script,
 * event handlers, `javascript:`/`data:` URLs, `<meta http-equiv>` redirects, forms, frames or
 * styles through.
 */
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Nodes } from 'hast';
import { find, html as htmlSchema } from 'property-information';
import { tokenizeHtml } from './html-tokens.ts';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
/** Inline tags an editor may type as HTML in Markdown, for things Markdown cannot say. */
export const editorInlineTags = ['abbr', 'b', 'cite', 'dfn', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'sub', 'sup', 'time', 'u', 'wbr'];
/** Elements that Markdown with GFM tables, strikethrough and footnotes produces. */
const markdownTags = [
  'p',
  ...headings,
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'del',
  'a',
  'code',
  'pre',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'section',
];
const tableAlignment = ['style', /^text-align: (left|right|center)$/] as const;

/** Ids of headings and footnotes in a body start with this, so they never clash with the page's. */
export const bodyIdPrefix = 'user-content-';

/** The allow-list: anything else in a rendered body refuses the entry. */
export const publishableSchema: Schema = {
  tagNames: [...markdownTags, ...editorInlineTags, 'input'],
  attributes: {
    // `lang` marks a phrase in another language (WCAG 3.1.2); `title` is harmless. Not `dir`:
    // `<span dir="rtl">0912 345 678</span>` shows a different phone number than the text holds.
    '*': ['lang', 'title'],
    // GFM task lists ("- [ ] Bản sao CCCD"): a disabled checkbox, nothing to submit.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    ul: [['className', 'contains-task-list']],
    li: ['id', ['className', 'task-list-item']],
    a: ['href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    ...Object.fromEntries(headings.map((h) => [h, ['id', ['className', 'sr-only']]])),
    ol: ['start', ['className', 'contains-task-list']],
    th: [[...tableAlignment]],
    td: [[...tableAlignment]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Any fence info word (`c++`, `C#`, `tiếng-việt`) names the language; only this class is kept.
    code: [['className', /^language-[^\s"'<>]+$/u]],
    time: ['dateTime'],
    q: ['cite'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'] },
  // Keep ids as written: footnotes and heading anchors are already unique within a page.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** Elements that run script, load other documents, take input or send the reader elsewhere. */
export const dangerousTags = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'base',
  'link',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'style',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'portal',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
]);

/** Attributes a browser follows or loads (lower case, as an HTML tokenizer gives them). */
export const urlAttributes = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'data',
  'poster',
  'srcset',
  'xlink:href',
  'background',
  'ping',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'usemap',
  'manifest',
  'codebase',
  'archive',
  'icon',
  'profile',
  'itemid',
]);

const allowedProtocols = new Set(publishableSchema.protocols!.href!.map((p) => `${p}:`));

/**
 * Whether an address in a body may be published: an http(s), mailto: or tel: address, a
 * fragment, or a path on this site. Browsers drop tabs and line breaks inside URLs and read
 * `\` as `/`, so `//evil.example`, `/\evil.example` and `/<tab>/evil.example` all lead off
 * the site although they look like paths; those are refused.
 */
export function isPublishableAddress(value: string): boolean {
  const address = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address);
  if (scheme) return allowedProtocols.has(`${scheme[1]!.toLowerCase()}:`);
  return !/^[/\\]{2}/.test(address) && !address.startsWith('\\');
}

/** What the allow-list refused, and a piece of source text to find the line by. */
export interface Refusal {
  message: string;
  /** Lower-case text that the offending source line contains, such as `<meta` or `onerror`. */
  needle: string;
}

const refusal = (message: string, needle: string): Refusal => ({ message, needle: needle.toLowerCase() });

/** A value as a message shows it: short, on one line, control characters as escapes. */
const shown = (value: string) => JSON.stringify(value.slice(0, 80)).slice(1, -1);

/** The messages, shared by the check of an editor's raw HTML (`raw-html.ts`) and of the final HTML. */
export const refusals = {
  comment: () => refusal('HTML comments are not allowed (an unclosed one would hide the rest of the page)', '<!--'),
  element(tag: string): Refusal {
    if (tag === 'img' || tag === 'picture') {
      // In the final HTML a picture comes from Markdown's ![alt](path); a typed <img> is refused earlier.
      return refusal(
        "pictures inside the text are not allowed; add them to the entry's images, which carry alt text in every language",
        tag === 'img' ? '![' : '<picture',
      );
    }
    if (tag === 'a') return refusal('write links in Markdown, as [text](https://…); the HTML element <a> is not allowed in content', '<a');
    return refusal(`the HTML element <${tag}> is not allowed in content`, `<${tag}`);
  },
  handler: (attribute: string, tag: string) =>
    refusal(`the event-handler attribute "${attribute.toLowerCase()}" on <${tag}> is not allowed (content may not contain script)`, attribute),
  address: (value: string, attribute: string, tag: string) =>
    refusal(
      `the address "${shown(value)}" (${attribute} on <${tag}>) is not allowed; links must be https://, http://, mailto: or tel: addresses or paths on this site`,
      value.slice(0, 12),
    ),
  directive: (attribute: string, tag: string) =>
    refusal(`the Astro directive "${attribute}" on <${tag}> is not allowed (content is text, not code)`, attribute),
  attribute: (attribute: string, tag: string) => refusal(`the attribute "${attribute}" on <${tag}> is not allowed in content`, attribute),
  unbalanced: (tag: string) => refusal(`the HTML tag <${tag}> is not closed where it opens, so it would spill into the rest of the page`, `<${tag}`),
};

/** One string per element, attribute and comment, to see what the sanitiser removed. */
function signatures(tree: Nodes): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      out.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties)) {
        out.push(`<${node.tagName}> ${name}=${JSON.stringify(value)}`);
      }
    } else if (node.type === 'comment') out.push('<!---->');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

function describe(signature: string): Refusal {
  if (signature === '<!---->') return refusals.comment();
  const [, tag = '', property] = /^<([^>]+)>(?: (\w+)=)?/.exec(signature) ?? [];
  if (!property) return refusals.element(tag);
  // hast names properties in camel case (`ariaLabel`); name the attribute as the editor wrote it.
  const attribute = find(htmlSchema, property).attribute;
  const value = String(JSON.parse(signature.slice(signature.indexOf('=') + 1)) as unknown);
  if (/^on/i.test(attribute)) return refusals.handler(attribute, tag);
  if (urlAttributes.has(attribute.toLowerCase())) return refusals.address(value, attribute, tag);
  return refusals.attribute(attribute, tag);
}

/** Elements without an end tag, which a balance check must not wait for. */
const voidTags = new Set(['br', 'hr', 'wbr', 'img', 'input', 'meta', 'link', 'base', 'area', 'col', 'embed', 'source', 'track']);

/**
 * The first element of a fragment that is not closed inside it, or that closes something it did
 * not open. Markdown output is always balanced; anything else would spill out of the body into
 * the page around it (an open `<a>` turning the footer into a link, a stray `</main>`).
 */
export function findUnbalancedTag(html: string): string | undefined {
  const open: string[] = [];
  for (const token of tokenizeHtml(html)) {
    if ((token.kind !== 'start' && token.kind !== 'end') || voidTags.has(token.name)) continue;
    if (token.kind === 'start') open.push(token.name);
    else if (open.at(-1) === token.name) open.pop();
    else return token.name;
  }
  return open.at(-1);
}

/**
 * Checks HTML that the build is about to publish for an entry's body; returns a message naming
 * the first thing the allow-list refuses, or undefined when everything may be published.
 */
export function findUnpublishableHtml(html: string): Refusal | undefined {
  // Parsed as a fragment, <html>, <head> and <body> tags vanish, yet inside a real page they add
  // their attributes to the page's own elements; Markdown escapes a typed "<", so any of these
  // in the output is raw HTML.
  const pageTag = /<\/?(html|head|body)(?=[\s/>])/i.exec(html);
  if (pageTag) return refusals.element(pageTag[1]!.toLowerCase());
  const tree = fromHtml(html, { fragment: true });
  const kept = new Map<string, number>();
  for (const s of signatures(sanitize(structuredClone(tree), publishableSchema))) kept.set(s, (kept.get(s) ?? 0) + 1);
  const removed: string[] = [];
  for (const s of signatures(tree)) {
    const left = kept.get(s) ?? 0;
    if (left === 0) removed.push(s);
    else kept.set(s, left - 1);
  }
  // Name the most telling removal: handlers, then elements that run, load or redirect, then
  // other elements, then attributes and addresses, then comments.
  const rank = (s: string) => {
    if (/^<[^>]+> on/i.test(s)) return 0;
    if (s === '<!---->') return 4;
    if (s.includes(' ')) return 3;
    return dangerousTags.has(s.slice(1, -1)) ? 1 : 2;
  };
  const first = removed.sort((a, b) => rank(a) - rank(b))[0];
  if (first !== undefined) return describe(first);
  // The sanitiser accepts any path; one that a browser reads as another site is refused here.
  const offSite = findOffSiteAddress(tree);
  if (offSite) return offSite;
  // Escaped text never looks like a tag, so this reads only the markup itself.
  const unbalanced = findUnbalancedTag(html);
  return unbalanced === undefined ? undefined : refusals.unbalanced(unbalanced);
}

function findOffSiteAddress(tree: Nodes): Refusal | undefined {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'element') {
      for (const attribute of ['href', 'cite'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && !isPublishableAddress(value)) return refusals.address(value, attribute, node.tagName);
      }
    }
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
  return undefined;
}
