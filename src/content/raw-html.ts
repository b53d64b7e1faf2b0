/**
 * What becomes of HTML that an editor types in a body. Markdown reads anything in angle brackets
 * as HTML, but to staff "<Your name>", "<info>", "<address>" or "<!-- note -->" are words and
 * notes, and an unclosed `<b>` is a slip. So before a body is rendered, every piece of raw HTML
 * in it is settled here, and the body is rewritten accordingly:
 *
 * - **kept**: an inline tag from the small editor allow-list (`<sub>`, `<abbr title>`,
 *   `<span lang>`…, see `publishable-html.ts`) whose start and end sit in the same paragraph,
 *   heading or cell, and `<br>`;
 * - **dropped**: a complete comment, which is an editor's note and is not published;
 * - **refused**: anything that would run, load, redirect or restyle if it were markup: script
 *   and other active elements used with attributes or content, event handlers, Astro
 *   directives, unsafe addresses, inline styles, and any real HTML element outside the
 *   allow-list written as markup (with attribute values, or opened and closed);
 * - **shown as written**: everything else (a lone tag word, an unclosed or stray tag, an
 *   unclosed comment), by escaping its `<`, so the reader sees what the editor typed.
 *
 * The decisions are made on the Markdown parser's own tree (Sätteri, the processor that then
 * renders the body), so what is settled here is exactly what the renderer would treat as HTML.
 */
import { htmlTagNames } from 'html-tag-names';
import { defineMdastPlugin, markdownToMdast, type Features, type MdastVisitorContext } from 'satteri';
import { tokenizeHtml, type TagToken } from './html-tokens.ts';
import { dangerousTags, editorInlineTags, findUnpublishableHtml, isPublishableAddress, refusals, urlAttributes, type Refusal } from './publishable-html.ts';

const htmlElements = new Set(htmlTagNames);
/** Tags an editor may keep as markup; `br` for a line break inside a table cell. */
const keepableTags = new Set([...editorInlineTags, 'br']);
const voidKeepableTags = new Set(['br', 'wbr']);
/** Parents whose raw HTML children are HTML blocks rather than tags inside a line. */
const blockParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
/** Parents whose raw HTML children are tags inside a line. */
const phrasingParents = ['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'] as const;

/** A piece of raw HTML that the body may not contain, with its 1-based line in the body. */
export interface RawHtmlRefusal extends Refusal {
  line: number;
}

interface MdastNodeLike {
  type: string;
  value?: string;
  children?: MdastNodeLike[];
  position?: { start: { offset?: number; line: number }; end: { offset?: number } };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

class Refused extends Error {
  readonly refusal: Refusal;
  readonly line: number;
  constructor(refusal: Refusal, line: number) {
    super(refusal.message);
    this.refusal = refusal;
    this.line = line;
  }
}

/** Whether `value` is one or more complete comments and nothing else. */
function isCompleteComments(value: string): boolean {
  let rest = value.trimStart();
  if (!rest.startsWith('<!--')) return false;
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 2);
    if (end === -1) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest === '';
}

/** What in a start tag would act (run, load, redirect, restyle) if it were markup. */
function hostileAttribute(tag: TagToken): Refusal | undefined {
  for (const { name, value } of tag.attributes) {
    if (value.trim() === '') continue;
    if (name.startsWith('on')) return refusals.handler(name, tag.name);
    if (name.includes(':') && !name.startsWith('xlink:') && !name.startsWith('xml:')) return refusals.directive(name, tag.name);
    if (urlAttributes.has(name) && !isPublishableAddress(value)) return refusals.address(value, name, tag.name);
    if (name === 'style') return refusals.attribute(name, tag.name);
  }
  return undefined;
}

const hasAttributeValues = (tag: TagToken) => tag.attributes.some(({ value }) => value.trim() !== '');

const keepableVerdicts = new Map<string, Refusal | undefined>();

/**
 * The refusal for a start tag written as markup, or undefined when it may be kept. An allowed
 * tag goes through the same allow-list as the final HTML, so both agree on its attributes.
 */
function refusalForMarkup(tag: TagToken, source: string): Refusal | undefined {
  if (!keepableTags.has(tag.name)) return refusals.element(tag.name);
  if (!keepableVerdicts.has(source)) {
    if (keepableVerdicts.size > 10_000) keepableVerdicts.clear();
    keepableVerdicts.set(source, findUnpublishableHtml(`${source}${voidKeepableTags.has(tag.name) ? '' : `</${tag.name}>`}`));
  }
  return keepableVerdicts.get(source);
}

/**
 * Escapes each `<` that starts a line of a block with a tag or comment, so Markdown reads the
 * lines as a paragraph; tags later in a line then become inline HTML and are settled as such.
 */
const escapeLineStartTags = (text: string) => text.replace(/^([ \t>]*)<(?=[A-Za-z/!?])/gm, '$1&lt;');

/**
 * Settles an HTML block (a run of lines Markdown hands over as HTML): refused if it would act,
 * dropped if it is only comments, otherwise shown as written.
 */
function settleBlock(node: MdastNodeLike, source: string, edits: Edit[]): void {
  const value = node.value ?? '';
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const blockLine = node.position!.start.line;
  const tokens = tokenizeHtml(value);
  const lineOf = (token: TagToken) => blockLine + token.line - 1;
  const closedNames = new Set(tokens.flatMap((t) => (t.kind === 'end' ? [t.name] : [])));
  const lastContent = tokens.findLastIndex((t) => t.kind !== 'comment');
  // The most telling refusal first: handlers and addresses, then active elements, then others.
  const starts = tokens.flatMap((token, index) => (token.kind === 'start' ? [{ token, index }] : []));
  for (const { token } of starts) {
    const hostile = hostileAttribute(token);
    if (hostile) throw new Refused(hostile, lineOf(token));
  }
  for (const { token, index } of starts) {
    // An active element with attributes, or script or styles with code after them.
    const followed = index < lastContent && (token.name === 'script' || token.name === 'style');
    if (dangerousTags.has(token.name) && (hasAttributeValues(token) || followed)) throw new Refused(refusals.element(token.name), lineOf(token));
  }
  for (const { token } of starts) {
    const closed = closedNames.has(token.name);
    if (htmlElements.has(token.name) && !keepableTags.has(token.name) && (hasAttributeValues(token) || closed)) {
      throw new Refused(refusals.element(token.name), lineOf(token));
    }
  }
  if (isCompleteComments(value)) edits.push({ start, end, text: '' });
  else edits.push({ start, end, text: escapeLineStartTags(source.slice(start, end)) });
}

/** What becomes of one piece of inline raw HTML. */
export type InlineDecision = 'keep' | 'text' | 'drop';

/** A node of raw inline HTML, as the Markdown tree gives it. */
export interface InlineHtml {
  value: string;
  position?: { start: { line: number } } | undefined;
}

/**
 * Settles the raw HTML inside one paragraph, heading or cell, in order: allowed tags are kept
 * when they open and close in order there; a real element opened and closed there, or written
 * with attributes, is refused; complete comments are dropped; every other tag shows as written.
 */
export function settleInlineHtml(nodes: readonly InlineHtml[]): InlineDecision[] {
  const decisions: InlineDecision[] = nodes.map(() => 'text');
  const keepable: { name: string; index: number }[] = [];
  const openCount = new Map<string, number>();
  const otherOpen = new Map<string, number>();
  for (const [index, { value, position }] of nodes.entries()) {
    const line = position?.start.line ?? 0;
    if (isCompleteComments(value)) {
      decisions[index] = 'drop';
      continue;
    }
    const [token] = tokenizeHtml(value);
    if (token?.kind !== 'start' && token?.kind !== 'end') continue;
    if (token.kind === 'start') {
      const hostile = hostileAttribute(token);
      if (hostile) throw new Refused(hostile, line);
      if (keepableTags.has(token.name)) {
        const refused = refusalForMarkup(token, value);
        if (refused) throw new Refused(refused, line);
        if (voidKeepableTags.has(token.name)) decisions[index] = 'keep';
        else {
          keepable.push({ name: token.name, index });
          openCount.set(token.name, (openCount.get(token.name) ?? 0) + 1);
        }
      } else if (htmlElements.has(token.name)) {
        if (hasAttributeValues(token)) throw new Refused(refusalForMarkup(token, value)!, line);
        otherOpen.set(token.name, line);
      }
      continue;
    }
    // An end tag closes the innermost matching allowed tag; tags left open inside it are slips
    // and show as written, so nothing spills past the end of the paragraph.
    const match = openCount.get(token.name) ? keepable.findLastIndex((open) => open.name === token.name) : -1;
    if (match !== -1) {
      decisions[keepable[match]!.index] = 'keep';
      decisions[index] = 'keep';
      for (const closed of keepable.splice(match)) openCount.set(closed.name, openCount.get(closed.name)! - 1);
    } else if (otherOpen.has(token.name)) {
      throw new Refused(refusals.element(token.name), otherOpen.get(token.name)!);
    }
  }
  return decisions;
}

/** Collects the raw HTML of a tree by parent, without recursion (bodies may nest deeply). */
function rawHtmlByParent(root: MdastNodeLike): { block: boolean; nodes: MdastNodeLike[] }[] {
  const groups: { block: boolean; nodes: MdastNodeLike[] }[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    const html = (parent.children ?? []).filter((child) => child.type === 'html');
    if (html.length > 0) groups.push({ block: blockParents.has(parent.type), nodes: html });
    for (const child of parent.children ?? []) if (child.children) pending.push(child);
  }
  return groups;
}

/**
 * Rewrites `body` so that its HTML blocks are settled, and checks its inline HTML, or returns
 * the refusal with its line. Settling a block lets Markdown read its lines as a paragraph with
 * inline tags in it, so the body is parsed again until nothing changes.
 */
export function settleRawHtml(body: string, features: Features): { body: string } | { refusal: RawHtmlRefusal } {
  // Each pass settles every block it sees, and escaped blocks cannot start new ones, so a body
  // settles in at most two passes; the limit only guards against a parser surprise.
  let current = body;
  for (let pass = 0; pass < 4; pass++) {
    const edits: Edit[] = [];
    try {
      for (const group of rawHtmlByParent(markdownToMdast(current, { features }) as MdastNodeLike)) {
        // Inline HTML is only checked here; the renderer applies the same decisions to its own
        // tree (`inlineHtmlPlugin`), since rewriting the source could change what Markdown
        // reads around a tag (an address typed just before it, for one).
        if (group.block) for (const node of group.nodes) settleBlock(node, current, edits);
        else settleInlineHtml(group.nodes as InlineHtml[]);
      }
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      return { refusal: { ...error.refusal, line: error.line } };
    }
    if (edits.length === 0) return { body: current };
    // Later edits first, so earlier offsets stay valid; edits never overlap.
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
    }
  }
  return { refusal: { ...refusals.element('html'), message: 'the HTML in the text is too intricate to settle; write it as plain text', line: 1 } };
}

/**
 * The renderer's side of the inline decisions: in the tree it renders, each piece of inline raw
 * HTML is kept, dropped or turned into text exactly as `settleInlineHtml` decided.
 */
export const inlineHtmlPlugin = defineMdastPlugin({
  name: 'staff-inline-html',
  ...Object.fromEntries(
    phrasingParents.map((type) => [
      type,
      (node: { children: MdastNodeLike[] }, ctx: MdastVisitorContext) => {
        const html = node.children.filter((child) => child.type === 'html');
        if (html.length === 0) return;
        const decisions = settleInlineHtml(html as InlineHtml[]);
        for (const [index, child] of html.entries()) {
          if (decisions[index] === 'drop') ctx.removeNode(child as never);
          else if (decisions[index] === 'text') ctx.replaceNode(child as never, { type: 'text', value: child.value ?? '' });
        }
      },
    ]),
  ),
});
