/**
 * Renders an entry's body to the HTML the site publishes, and refuses it when that HTML holds
 * anything outside the allow-list (`publishable-html.ts`). Astro's content loader and the
 * pre-build validator both call this one function, so the check cannot be skipped or disagree.
 *
 * Staff content is compiled as plain Markdown (CommonMark with GFM tables, strikethrough and
 * footnotes), even in `.mdx` files: `{…}` and `import` lines are ordinary text, so an editor's
 * braces always build and nothing in content can run code at build time. Raw HTML is settled
 * first (`raw-html.ts`): a few inline tags are kept, words in angle brackets show as written,
 * and anything that would act is refused. MDX stays for pages that developers write in `src/`.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import type { Features } from 'satteri';
import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import { bodyIdPrefix, findUnpublishableHtml } from './publishable-html.ts';
import { inlineHtmlPlugin, settleRawHtml } from './raw-html.ts';

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

/**
 * An entry's text may be at most this long. The longest demo text is under 9 KiB; Markdown
 * parsing of some patterns grows faster than linearly (thousands of nested quotes), and at this
 * size the worst known body still renders in about two seconds.
 */
export const maxBodyBytes = 64 * 1024;

/**
 * The HTML a body may make. A GFM table pads every row to the header's columns, so a few KiB of
 * text can ask for millions of cells; the settle step refuses such tables before rendering, and
 * this guards whatever else multiplies.
 */
const maxHtmlChars = 1024 * 1024;

/** The Markdown features staff content uses, with the footnote labels in the entry's language. */
function featuresFor(locale: Locale): Features {
  const t = useTranslations(locale);
  return {
    // The frontmatter is split off before rendering (`frontmatter.ts`); a body that itself starts
    // with a `---` line is a thematic break, not a second frontmatter block.
    frontmatter: false,
    smartPunctuation: false,
    gfm: {
      footnotes: {
        label: t('common.footnotes'),
        backLabel: (reference, rerun) => t('common.footnoteBack', { reference: rerun > 1 ? `${reference}-${rerun}` : reference }),
      },
    },
  };
}

const renderers = new Map<Locale, ReturnType<ReturnType<typeof satteri>['createRenderer']>>();

/** Renders an entry's body in `locale` to the HTML the site publishes, or refuses it. */
export async function renderBody(body: string, entryLocale: string = defaultLocale): Promise<RenderedBody> {
  // A folder that is no locale is reported by the caller; its text still gets checked.
  const locale = isLocale(entryLocale) ? entryLocale : defaultLocale;
  const bytes = Buffer.byteLength(body);
  if (bytes > maxBodyBytes) {
    throw new UnpublishableBodyError(
      `the text is ${Math.ceil(bytes / 1024)} KiB; an entry's text may be at most ${maxBodyBytes / 1024} KiB (split it into several entries)`,
    );
  }
  // Markdown parsing time grows with the square of quote nesting (64 KiB of ">" took seconds).
  const deepQuote = /^(?:[ \t]*>){33}/m.exec(body);
  if (deepQuote) {
    throw new UnpublishableBodyError('quotes are nested more than 32 levels deep', body.slice(0, deepQuote.index).split('\n').length);
  }
  const features = featuresFor(locale);
  try {
    const settled = settleRawHtml(body, features);
    if ('refusal' in settled) throw new UnpublishableBodyError(settled.refusal.message, settled.refusal.line);
    let renderer = renderers.get(locale);
    if (!renderer) {
      // No syntax highlighting: Shiki's inline styles are not on the allow-list, and tourism and
      // investment texts have no code to colour. No smart punctuation: Sätteri's panics (the
      // whole process aborts) on long runs of quotes and takes quadratic time on them, and its
      // English “curly quotes” are wrong for Russian «ёлочки» and Japanese 「かぎ括弧」; editors
      // type the marks their language uses.
      renderer = satteri({ features, mdastPlugins: [inlineHtmlPlugin] }).createRenderer({ syntaxHighlight: false, gfm: true, smartypants: false });
      renderers.set(locale, renderer);
    }
    const { code, metadata } = await (await renderer).render(settled.body, {});
    if (code.length > maxHtmlChars) {
      throw new UnpublishableBodyError(
        `the text makes ${Math.ceil(code.length / 1024)} KiB of HTML; at most ${maxHtmlChars / 1024} KiB (is a table padded to very many columns?)`,
      );
    }
    const rendered = code.trimEnd();
    const refused = findUnpublishableHtml(rendered);
    if (refused) throw new UnpublishableBodyError(refused.message, lineOf(body, refused.needle));
    // Heading ids get the prefix footnotes already have, so no heading can take over an id of
    // the page around it ("## Main" would give id="main", the skip link's target).
    const html = rendered.replace(/<h([1-6]) id="/g, `<h$1 id="${bodyIdPrefix}`);
    return { html, headings: metadata.headings.map((heading) => ({ ...heading, slug: `${bodyIdPrefix}${heading.slug}` })) };
  } catch (error) {
    // Thousands of nested quotes or list levels exhaust the stack; refuse rather than crash.
    if (!(error instanceof RangeError)) throw error;
    throw new UnpublishableBodyError('the text is nested too deeply (quotes or lists inside each other thousands of times)');
  }
}
