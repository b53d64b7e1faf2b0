/**
 * Moves every heading of a rendered body down `levels` levels (h2 → h3 …, never past h6), so
 * a chapter placed under a page's own h2 keeps a correct outline. Works on the HTML the content
 * loader rendered and checked (`src/content/render-body.ts`), read with a real HTML parser.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'hast';

export function shiftHeadings(html: string, levels: number): string {
  const tree = fromHtml(html, { fragment: true });
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + levels)}`;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return toHtml(tree);
}
