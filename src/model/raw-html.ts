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

/** Length of the complete comments (and the white space between them) that `text` starts with. */
function leadingCommentsLength(text: string): number {
  let at = text.length - text.trimStart().length;
  let length = 0;
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 2);
    if (end === -1) break;
    at = end + 3;
    length = at;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return length;
}

/** Whether `value` is one or more complete comments and nothing else. */
function isCompleteComments(value: string): boolean {
  const notes = leadingCommentsLength(value);
  return notes > 0 && value.slice(notes).trim() === '';
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
 * Escapes each `<` that starts a line of a block with a tag or comment (after any quote marks
 * and list markers), so Markdown reads the lines as text and no new block can start there; tags
 * later in a line then become inline HTML and are settled as such.
 */
const escapeLineStartTags = (text: string) => text.replace(/^((?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*)<(?=[A-Za-z/!?])/gm, '$1&lt;');

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
  if (isCompleteComments(value)) {
    edits.push({ start, end, text: '' });
    return;
  }
  // A note followed by text on its line: the note goes, the text stays and is read again.
  const text = source.slice(start, end);
  const notes = leadingCommentsLength(text);
  edits.push({ start, end, text: notes > 0 ? text.slice(notes) : escapeLineStartTags(text) });
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
      if (keepableTags.has(token.name) && token.attributes.length > 0 && !hasAttributeValues(token)) {
        // "<Time slot>", "<B plan>", "a<b and c>d": words, not a tag with settings.
      } else if (keepableTags.has(token.name)) {
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

/** A table may have at most this many columns, and this many cells once rows are padded. */
export const maxTableColumns = 100;
export const maxTableCells = 20_000;

interface Survey {
  /** Raw HTML by parent: blocks, or tags inside one line of text. */
  groups: { block: boolean; nodes: MdastNodeLike[] }[];
  tables: MdastNodeLike[];
  strikethroughs: MdastNodeLike[];
}

/** Walks the tree once, without recursion (bodies may nest deeply). */
function survey(root: MdastNodeLike): Survey {
  const found: Survey = { groups: [], tables: [], strikethroughs: [] };
  const pending = [root];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    if (parent.type === 'table') found.tables.push(parent);
    if (parent.type === 'delete') found.strikethroughs.push(parent);
    const html = (parent.children ?? []).filter((child) => child.type === 'html');
    if (html.length > 0) found.groups.push({ block: blockParents.has(parent.type), nodes: html });
    for (const child of parent.children ?? []) if (child.children) pending.push(child);
  }
  return found;
}

/**
 * GFM reads `~x~` as strikethrough too, but in every language of the site a single tilde is a
 * range: "1.000~2.000원", "9:00~17:00", "5~10 km". Only `~~x~~` is strikethrough; a single
 * tilde pair is escaped so it reads as written.
 */
function settleSingleTildes(node: MdastNodeLike, source: string, edits: Edit[]): void {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  if (source[start] !== '~' || source[start + 1] === '~') return;
  edits.push({ start, end: start + 1, text: '\\~' }, { start: end - 1, end, text: '\\~' });
}

/**
 * Rewrites `body` so that its HTML blocks and single-tilde ranges are settled, and checks its
 * inline HTML and tables, or returns the refusal with its line. Settling a block lets Markdown
 * read its lines as a paragraph with inline tags in it, so the body is parsed again until
 * nothing changes.
 */
export function settleRawHtml(body: string, features: Features): { body: string } | { refusal: RawHtmlRefusal } {
  // Escaped blocks cannot start new ones (the escape reaches past list markers and quote
  // marks), so a body settles in two or three passes; the limit guards against a surprise.
  let current = body;
  for (let pass = 0; pass < 8; pass++) {
    const edits: Edit[] = [];
    try {
      const found = survey(markdownToMdast(current, { features }) as MdastNodeLike);
      for (const table of found.tables) {
        const columns = table.children?.[0]?.children?.length ?? 0;
        const cells = columns * (table.children?.length ?? 0);
        if (columns > maxTableColumns || cells > maxTableCells) {
          const limit = `tables may have at most ${maxTableColumns} columns and ${maxTableCells.toLocaleString('en')} cells`;
          throw new Refused(
            { message: `the table has ${columns} columns and ${cells.toLocaleString('en')} cells; ${limit}`, needle: '|' },
            table.position!.start.line,
          );
        }
      }
      for (const group of found.groups) {
        // Inline HTML is only checked here; the renderer applies the same decisions to its own
        // tree (`inlineHtmlPlugin`), since rewriting the source could change what Markdown
        // reads around a tag (an address typed just before it, for one).
        if (group.block) for (const node of group.nodes) settleBlock(node, current, edits);
        else settleInlineHtml(group.nodes as InlineHtml[]);
      }
      for (const node of found.strikethroughs) settleSingleTildes(node, current, edits);
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
