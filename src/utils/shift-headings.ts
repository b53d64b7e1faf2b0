/**
 * Moves every heading of a rendered body down `levels` levels (h2 → h3 …, never past h6), so
 * a chapter placed under a page's own h2 keeps a correct outline. Works on the HTML the content
 * loader rendered and checked (`src/model/render-body.ts`), read with a real HTML parser.
 *
 * With `scope`, the body's own ids (headings, footnotes) and the links and references to them
 * get the scope added, so several bodies on one page (the handbook as a book) keep unique ids
 * and each chapter's footnote links lead to its own notes.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'hast';
import { bodyIdPrefix } from '../model/publishable-html.ts';

export function shiftHeadings(html: string, levels: number, scope?: string): string {
  const tree = fromHtml(html, { fragment: true });
  const scoped = (id: string) =>
    scope && (id.startsWith(bodyIdPrefix) || id === 'footnote-label') ? `${bodyIdPrefix}${scope}-${id.replace(bodyIdPrefix, '')}` : id;
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + levels)}`;
      const { id, href, ariaDescribedBy } = node.properties;
      if (typeof id === 'string') node.properties.id = scoped(id);
      if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${scoped(href.slice(1))}`;
      if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((ref) => scoped(String(ref)));
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return toHtml(tree);
}
