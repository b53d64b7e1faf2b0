/**
 * HTML read as a browser's tokenizer reads it (parse5's), without building a tree: the tags an
 * editor typed, in order, with their attributes. A tree builder would hide what matters here
 * (a stray `</main>`, an `<a>` never closed, a `<td>` outside a table), so the checks of raw
 * HTML in content (`raw-html.ts`) and of the final HTML (`publishable-html.ts`) read tokens.
 */
import { Tokenizer } from 'parse5';

export interface TagToken {
  kind: 'start' | 'end';
  /** Lower case, as browsers compare tag names. */
  name: string;
  /** Lower-case names with their decoded values; an attribute written without a value has ''. */
  attributes: { name: string; value: string }[];
  /** 1-based line of the string on which the tag starts. */
  line: number;
}

export type HtmlToken = TagToken | { kind: 'comment' } | { kind: 'text' } | { kind: 'doctype' };

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const text = () => {
    if (tokens.at(-1)?.kind !== 'text') tokens.push({ kind: 'text' });
  };
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (token) =>
        tokens.push({
          kind: 'start',
          name: token.tagName,
          attributes: token.attrs.map(({ name, value }) => ({ name, value })),
          line: token.location?.startLine ?? 1,
        }),
      onEndTag: (token) => tokens.push({ kind: 'end', name: token.tagName, attributes: [], line: token.location?.startLine ?? 1 }),
      onComment: () => tokens.push({ kind: 'comment' }),
      onDoctype: () => tokens.push({ kind: 'doctype' }),
      onCharacter: text,
      onNullCharacter: text,
      onWhitespaceCharacter: () => {},
      onEof: () => {},
    },
  );
  tokenizer.write(html, true);
  return tokens;
}
