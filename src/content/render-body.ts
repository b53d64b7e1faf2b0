/**
 * Renders an entry's body to the HTML the site publishes, and refuses it when that HTML holds
 * anything outside the allow-list (`publishable-html.ts`). Astro's content loader and the
 * pre-build validator both call this one function, so the check cannot be skipped or disagree.
 *
 * Staff content is compiled as plain Markdown (CommonMark with GFM tables, strikethrough and
 * footnotes), even in `.mdx` files: `{…}`, `<Component>` and `import` lines are ordinary text,
 * so an editor's braces or angle brackets always build and nothing in content can run code at
 * build time. MDX stays available for pages that developers write in `src/`.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import { htmlTagNames } from 'html-tag-names';
import { defineHastPlugin } from 'satteri';
import { findUnpublishableHtml } from './publishable-html.ts';

/** A body the allow-list refuses; the message names what and, when known, where. */
export class UnpublishableBodyError extends Error {
  /** 1-based line of the body where the refused markup is, when it can be found. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'UnpublishableBodyError';
    this.line = line;
  }
}

/** The first body line containing `needle` (any case), to point the editor at it. */
function lineOf(body: string, needle: string): number | undefined {
  const index = body.split('\n').findIndex((line) => line.toLowerCase().includes(needle));
  return index === -1 ? undefined : index + 1;
}

export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

const htmlElements = new Set(htmlTagNames);
/** A lone tag with no attributes, such as `<info>`, `</ho-ten>` or `<email/>`. */
const bareTag = /^<\/?([A-Za-z][A-Za-z0-9-]*)\s*\/?>$/;

/**
 * Prose such as "gửi tới <info>" or "điền <ho-ten>" is text to an editor, but Markdown reads a
 * word in angle brackets as an HTML tag. A lone tag without attributes whose name is no HTML
 * element is turned back into text, so such sentences build and show as written. Anything with
 * attributes (`<Fragment set:html=…>`) or a real element name stays markup for the allow-list.
 */
const bareUnknownTagsAsText = defineHastPlugin({
  name: 'bare-unknown-tags-as-text',
  raw(node, ctx) {
    const name = bareTag.exec(node.value.trim())?.[1];
    if (name && !htmlElements.has(name.toLowerCase())) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

// The frontmatter is split off before rendering (`frontmatter.ts`); a body that itself starts
// with a `---` line is a thematic break, not a second frontmatter block.
const processor = satteri({ features: { frontmatter: false }, hastPlugins: [bareUnknownTagsAsText] });
let renderer: ReturnType<typeof processor.createRenderer> | undefined;

export async function renderBody(body: string): Promise<RenderedBody> {
  // No syntax highlighting: Shiki's inline styles are not on the allow-list, and tourism and
  // investment texts have no code to colour.
  renderer ??= processor.createRenderer({ syntaxHighlight: false, gfm: true, smartypants: true });
  const { code, metadata } = await (await renderer).render(body, {});
  const html = code.trimEnd();
  let refused: ReturnType<typeof findUnpublishableHtml>;
  try {
    refused = findUnpublishableHtml(html);
  } catch (error) {
    // Thousands of nested quotes or list levels exhaust the stack; refuse rather than crash.
    if (!(error instanceof RangeError)) throw error;
    throw new UnpublishableBodyError('the text is nested too deeply (quotes or lists inside each other thousands of times)');
  }
  if (refused) throw new UnpublishableBodyError(refused.message, lineOf(body, refused.needle));
  return { html, headings: metadata.headings };
}
