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

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
/** Inline tags an editor may type as HTML in Markdown, for things Markdown cannot say. */
const editorInlineTags = ['abbr', 'b', 'cite', 'dfn', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'sub', 'sup', 'time', 'u', 'wbr'];
/** Elements that Markdown with GFM tables, strikethrough and footnotes produces. */
const markdownTags = ['p', ...headings, 'ul', 'ol', 'li', 'strong', 'em', 'del', 'a', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section'];
const tableAlignment = ['style', /^text-align: (left|right|center)$/] as const;

/** The allow-list: anything else in a rendered body refuses the entry. */
export const publishableSchema: Schema = {
  tagNames: [...markdownTags, ...editorInlineTags],
  attributes: {
    // `lang` marks a phrase in another language (WCAG 3.1.2); `dir` and `title` are harmless.
    '*': ['lang', ['dir', 'ltr', 'rtl', 'auto'], 'title'],
    a: ['href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    ...Object.fromEntries(headings.map((h) => [h, ['id', ['className', 'sr-only']]])),
    li: ['id'],
    ol: ['start'],
    th: [[...tableAlignment]],
    td: [[...tableAlignment]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    code: [['className', /^language-[\w-]+$/]],
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

/** Elements that run script, load other documents or send the reader elsewhere: named first. */
const dangerousTags = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'meta', 'base', 'link', 'form', 'style', 'svg', 'math', 'template']);

/** Attributes a browser follows or loads, for a clearer message. */
const urlAttributes = new Set(['href', 'src', 'cite', 'action', 'formAction', 'data', 'poster', 'srcSet', 'xLinkHref']);

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

/** What the allow-list refused, and a piece of source text to find the line by. */
export interface Refusal {
  message: string;
  /** Lower-case text that the offending source line contains, such as `<meta` or `onerror`. */
  needle: string;
}

function describe(signature: string): Refusal {
  const refusal = (message: string, needle: string): Refusal => ({ message, needle: needle.toLowerCase() });
  if (signature === '<!---->') return refusal('HTML comments are not allowed (an unclosed one would hide the rest of the page)', '<!--');
  const [, tag = '', attribute] = /^<([^>]+)>(?: (\w+)=)?/.exec(signature) ?? [];
  if (!attribute) {
    if (tag === 'img' || tag === 'picture') {
      return refusal("pictures inside the text are not allowed; add them to the entry's images, which carry alt text in every language", tag === 'img' ? '![' : '<picture');
    }
    return refusal(`the HTML element <${tag}> is not allowed in content`, `<${tag}`);
  }
  const value = JSON.parse(signature.slice(signature.indexOf('=') + 1)) as unknown;
  const shown = String(value).slice(0, 80);
  if (/^on/i.test(attribute)) {
    return refusal(`the event-handler attribute "${attribute.toLowerCase()}" on <${tag}> is not allowed (content may not contain script)`, attribute);
  }
  if (urlAttributes.has(attribute)) {
    const address = `the address "${shown}" (${attribute} on <${tag}>) is not allowed; links must be https://, http://, mailto: or tel: addresses or paths on this site`;
    return refusal(address, String(value).slice(0, 12));
  }
  return refusal(`the attribute "${attribute}" on <${tag}> is not allowed in content`, attribute);
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
  if (pageTag) return describe(`<${pageTag[1]!.toLowerCase()}>`);
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
  return first === undefined ? undefined : describe(first);
}
