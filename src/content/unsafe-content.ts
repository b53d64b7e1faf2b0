/**
 * Finds script in content. Entry files come from editors and the CMS; a stolen CMS account
 * must not be able to put script on the site, so the content validator rejects:
 * - `<script>` elements, in any case, in the body or in any frontmatter string;
 * - inline event handler attributes (`onerror=`, `onClick={…}`) on HTML or JSX tags;
 * - `javascript:`, `vbscript:` and script-capable `data:` URLs (such as `data:text/html`) in
 *   Markdown links, images and definitions, in URL attributes of tags (`href`, `src`, `action`,
 *   `formaction`, …) and in frontmatter URL fields, however they are disguised with entities
 *   (`&#106;avascript:`), tabs or newlines (`java\tscript:`) or mixed case;
 * - in MDX bodies, `import`/`export` statements and `{…}` expressions, which Astro runs as
 *   JavaScript while building (a comment-only `{/* note *\/}` is allowed).
 *
 * The body is read with the same Markdown/MDX parser Astro uses (satteri), so text in code
 * spans and code blocks, CMS-escaped `\<script>` and prose such as "JavaScript: a short
 * history" are not reported. All functions are pure.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

export type UnsafeKind = 'script' | 'event-handler' | 'url' | 'esm' | 'expression';

export interface UnsafeFinding {
  kind: UnsafeKind;
  /** What was found, for an editor: ends without a full stop, starts lowercase. */
  message: string;
  /** 1-based line in the scanned text, when known. */
  line?: number;
}

const scriptHint = 'content may not contain script';
const codeHint = 'content may not contain code';

/** Attributes whose value a browser may load or navigate to as a URL. */
const urlAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'codebase',
  // SVG <animate>/<set> can set an href to any of these.
  'to',
  'from',
  'values',
]);

const namedEntities: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  colon: ':',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  excl: '!',
  num: '#',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
};

function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD';
}

/** Decodes HTML character references, with or without the closing `;`, as browsers do. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8})|#(\d{1,10})|([A-Za-z]+));?/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    if (dec !== undefined) return codePoint(parseInt(dec, 10));
    return namedEntities[name!.toLowerCase()] ?? whole;
  });
}

/** Characters a browser ignores in a URL (tab, newline) plus other controls and invisible characters. */
const urlNoise = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const scriptSchemes = /^(?:javascript|vbscript|livescript|mocha):/;
const scriptDataTypes =
  /^data:(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|text\/(?:x-)?(?:java|ecma)script|application\/(?:x-)?(?:java|ecma)script)\b/;

/**
 * The scheme that would make `url` run script when followed or loaded (`"javascript:"`,
 * `"vbscript:"`, `"data:text/html"`, …), or undefined for an ordinary URL. Sees through
 * character references (also double-encoded), tabs, newlines, control and invisible
 * characters, leading spaces, full-width letters and mixed case.
 */
export function scriptUrlScheme(url: string): string | undefined {
  let text = url;
  for (let i = 0; i < 4; i++) {
    const decoded = decodeEntities(text);
    if (decoded === text) break;
    text = decoded;
  }
  const squashed = text.normalize('NFKC').replace(urlNoise, '').replace(/^[\s\u00A0]+/, '').toLowerCase();
  const scheme = scriptSchemes.exec(squashed) ?? scriptDataTypes.exec(squashed);
  return scheme?.[0];
}

interface ScannedAttribute {
  name: string;
  /** Undefined for an attribute without `=`. */
  value?: string;
  /** True for a JSX `{…}` value or a `{...spread}`. */
  expression: boolean;
}

interface ScannedTag {
  name: string;
  attributes: ScannedAttribute[];
  /** Offset of the `<` in the scanned text. */
  offset: number;
}

/** Index just after the `{…}` that opens at `start`, skipping braces inside JS strings. */
function skipBraces(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Every start tag in `text`, read the way an HTML parser (or MDX, for `{…}` values) reads
 * attributes: quoted, unquoted and JSX values, attributes run together without spaces, `/`
 * as a separator. Tags inside other tags' attribute values are found too.
 */
const attributeName = /[^\s/>=]+|=[^\s/>=]*/y;
const unquotedValue = /[^\s>]*/y;

export function scanTags(text: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  const opener = /<([A-Za-z][^\s/>]*)/g;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const attributes: ScannedAttribute[] = [];
    let i = m.index + m[0].length;
    while (i < text.length) {
      while (i < text.length && /[\s/]/.test(text[i]!)) i++;
      if (i >= text.length || text[i] === '>') break;
      if (text[i] === '{') {
        const end = skipBraces(text, i);
        attributes.push({ name: '', value: text.slice(i + 1, end - 1), expression: true });
        i = end;
        continue;
      }
      attributeName.lastIndex = i;
      const name = attributeName.exec(text)![0];
      i += name.length;
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] !== '=') {
        attributes.push({ name, expression: false });
        continue;
      }
      j++;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const q = text[j];
      if (q === '"' || q === "'") {
        const close = text.indexOf(q, j + 1);
        const end = close === -1 ? text.length : close;
        attributes.push({ name, value: text.slice(j + 1, end), expression: false });
        i = end + 1;
      } else if (q === '{') {
        const end = skipBraces(text, j);
        attributes.push({ name, value: text.slice(j + 1, end - 1), expression: true });
        i = end;
      } else {
        unquotedValue.lastIndex = j;
        const value = unquotedValue.exec(text)![0];
        attributes.push({ name, value, expression: false });
        i = j + value.length;
      }
    }
    tags.push({ name: m[1]!, attributes, offset: m.index });
  }
  return tags;
}

/** A JSX expression that holds only comments (`{/* note *\/}`) runs nothing. */
function isCommentOnly(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

function checkTag(name: string, attributes: readonly ScannedAttribute[], line: number | undefined, inMdx: boolean): UnsafeFinding[] {
  const found: UnsafeFinding[] = [];
  const tag = `<${name}>`;
  if (name.toLowerCase() === 'script') found.push({ kind: 'script', message: `a <script> element; ${scriptHint}`, line });
  for (const attribute of attributes) {
    const lower = attribute.name.toLowerCase();
    if (/^on\w+$/.test(lower) && attribute.value !== undefined) {
      found.push({ kind: 'event-handler', message: `an inline event handler "${attribute.name}" on ${tag}; ${scriptHint}`, line });
    } else if (attribute.expression) {
      if (inMdx && !isCommentOnly(attribute.value ?? '')) {
        const what = attribute.name ? `the attribute "${attribute.name}={…}"` : 'a "{…}" spread attribute';
        found.push({ kind: 'expression', message: `${what} on ${tag} is JavaScript; ${codeHint} (write the value in quotes)`, line });
      }
    } else if (attribute.value !== undefined && (urlAttributes.has(lower) || lower.endsWith(':href'))) {
      const scheme = scriptUrlScheme(attribute.value);
      if (scheme) found.push({ kind: 'url', message: `a "${scheme}" URL in the "${attribute.name}" attribute of ${tag}; ${scriptHint}`, line });
    } else if (lower === 'srcdoc' && attribute.value !== undefined) {
      for (const inner of findUnsafeHtml(decodeEntities(attribute.value))) {
        found.push({ ...inner, message: `in the "srcdoc" attribute of ${tag}, ${inner.message}`, line });
      }
    }
  }
  return found;
}

/** A function from offset to 1-based line number in `text`. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Script in raw HTML (a Markdown `html` node, a frontmatter string, or text that MDX would
 * read as JSX): `<script>` elements, event handlers and script URLs in URL attributes.
 * Lines are counted from 1 at the start of `html`, then shifted by `firstLine - 1`.
 */
export function findUnsafeHtml(html: string, firstLine = 1): UnsafeFinding[] {
  if (!html.includes('<')) return [];
  const lineAt = lineCounter(html);
  return scanTags(html).flatMap((tag) => checkTag(tag.name, tag.attributes, lineAt(tag.offset) + firstLine - 1, false));
}

interface Point {
  line?: number;
  offset?: number;
}
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start?: Point; end?: Point };
}

function urlFinding(node: MdNode, line: number | undefined): UnsafeFinding[] {
  const scheme = node.url === undefined ? undefined : scriptUrlScheme(node.url);
  if (!scheme) return [];
  const what = node.type === 'image' ? 'an image' : node.type === 'definition' ? 'a link definition' : 'a link';
  return [{ kind: 'url', message: `a "${scheme}" URL in ${what}; ${scriptHint}`, line }];
}

function jsxAttributes(node: MdNode): ScannedAttribute[] {
  return (node.attributes ?? []).map((a) => {
    if (a.type === 'mdxJsxExpressionAttribute') return { name: '', value: String(a.value ?? ''), expression: true };
    if (a.value && typeof a.value === 'object') {
      return { name: a.name ?? '', value: String((a.value as { value?: unknown }).value ?? ''), expression: true };
    }
    return { name: a.name ?? '', value: a.value === null || a.value === undefined ? undefined : String(a.value), expression: false };
  });
}

/**
 * Walks a Markdown or MDX syntax tree; `inMdx` when it is an MDX tree. With `source`, the tree
 * is a Markdown stand-in for MDX that did not parse: the source of its text is then scanned
 * for tags and a top-level paragraph starting with import/export counts as ESM, as MDX would
 * have read them.
 */
function walk(tree: MdNode, inMdx: boolean, source?: string): UnsafeFinding[] {
  const textIsJsx = source !== undefined;
  const found: UnsafeFinding[] = [];
  const visit = (node: MdNode, depth: number) => {
    const line = node.position?.start?.line;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return;
      case 'mdxjsEsm':
        found.push({ kind: 'esm', message: `an import/export statement is JavaScript; ${codeHint}`, line });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) {
          found.push({ kind: 'expression', message: `a "{…}" expression is JavaScript; ${codeHint} (write \\{ to show a brace)`, line });
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.push(...checkTag(node.name ?? '', jsxAttributes(node), line, inMdx));
        break;
      case 'html':
        found.push(...findUnsafeHtml(node.value ?? '', line ?? 1));
        return;
      case 'link':
      case 'image':
      case 'definition':
        found.push(...urlFinding(node, line));
        break;
      case 'text':
        if (textIsJsx) {
          // The source, not the value: MDX does not decode `&lt;` into a tag.
          const { start, end } = node.position ?? {};
          const raw = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : (node.value ?? '');
          found.push(...findUnsafeHtml(raw, line ?? 1));
        }
        break;
      case 'paragraph':
        // MDX reads a top-level paragraph that starts with import/export as ESM.
        if (textIsJsx && depth === 1) {
          const first = node.children?.[0];
          if (first?.type === 'text' && /^(?:import|export)\b/.test(first.value ?? '')) {
            found.push({ kind: 'esm', message: `an import/export statement is JavaScript; ${codeHint}`, line });
          }
        }
        break;
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree, 0);
  return found;
}

/**
 * Script in an entry body. `mdx` bodies are parsed as MDX; if that fails (the validator
 * reports the syntax error separately) they are read as Markdown with every `<` in text
 * treated as a tag, so that the script is still named. Lines count from 1 at the body's start.
 */
export function findUnsafeBody(body: string, format: 'md' | 'mdx'): UnsafeFinding[] {
  if (format === 'mdx') {
    let tree: MdNode | undefined;
    try {
      tree = mdxToMdast(body) as MdNode;
    } catch {
      tree = undefined;
    }
    if (tree) return walk(tree, true);
    return walk(markdownToMdast(body) as MdNode, false, body);
  }
  return walk(markdownToMdast(body) as MdNode, false);
}

/** Frontmatter keys whose values are used as link or resource addresses. */
const urlKey = /(?:url|uri|href|link|website|src|homepage)$/i;

/** Script in one frontmatter string; `key` is the name of the field that holds it. */
export function findUnsafeString(value: string, key = ''): UnsafeFinding[] {
  const found: UnsafeFinding[] = [];
  found.push(...findUnsafeHtml(value).map(({ line: _line, ...rest }) => rest));
  if (urlKey.test(key) || !/\s/.test(value.trim())) {
    const scheme = scriptUrlScheme(value);
    if (scheme) found.push({ kind: 'url', message: `a "${scheme}" URL; ${scriptHint} (use an https:// address or a site path)` });
  }
  if (/[\]<]/.test(value)) {
    // Markdown links and autolinks, in case the field is ever rendered as Markdown.
    for (const finding of walk(markdownToMdast(value) as MdNode, false)) {
      if (finding.kind === 'url' && !found.some((f) => f.kind === 'url')) found.push({ kind: 'url', message: finding.message });
    }
  }
  return found;
}

/** Script in any string of parsed frontmatter, with the path of the field that holds it. */
export function findUnsafeFrontmatter(data: unknown, at: PropertyKey[] = []): Array<{ path: PropertyKey[]; finding: UnsafeFinding }> {
  if (typeof data === 'string') {
    const key = [...at].reverse().find((p) => typeof p === 'string');
    return findUnsafeString(data, typeof key === 'string' ? key : '').map((finding) => ({ path: at, finding }));
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => findUnsafeFrontmatter(v, [...at, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => findUnsafeFrontmatter(v, [...at, k]));
  }
  return [];
}
