/**
 * How the CMS reads and writes `content/<collection>/<locale>/<slug>.mdx`. It is Decap's
 * frontmatter format plus three things the site needs:
 * - a choice between shapes (a festival's Gregorian or lunar date) is one object in the file
 *   but a one-item typed list in Decap, which has no union widget;
 * - a translation that has no title yet is not written, so opening the Japanese pane without
 *   translating never creates a half-empty Japanese file;
 * - the body is escaped where MDX would read `{`, `}` or `<` as code;
 * - text pasted in decomposed (NFD) form is saved composed (NFC), as the build requires.
 */
import { type SchemaNode } from '../src/model/field-policy.ts';
import { parseFrontmatter, stringifyFrontmatter } from '../src/model/frontmatter.ts';

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => !!v && typeof v === 'object' && !Array.isArray(v);

/** Applies `change` to every value whose schema is a union, at any depth of objects. */
function mapUnions(data: Data, schema: SchemaNode, change: (value: unknown) => unknown): Data {
  const out: Data = { ...data };
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    if (!(key in out)) continue;
    if (node.oneOf) out[key] = change(out[key]);
    else if (node.type === 'object' && isRecord(out[key])) out[key] = mapUnions(out[key] as Data, node, change);
  }
  return out;
}

function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  return value;
}

const toList = (value: unknown) => (isRecord(value) ? [value] : value);
const fromList = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Escapes what MDX would parse as JSX or an expression, outside code; already escaped text is left alone. */
export function escapeMdx(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      return line
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 ? part : part.replace(/(?<!\\)([{}])/g, '\\$1').replace(/(?<!\\)<(?=[A-Za-z/!])/g, '\\<')))
        .join('');
    })
    .join('\n');
}

export interface EntryFormat {
  fromFile(content: string): Data;
  toFile(data: Data, sortedKeys?: string[]): string;
}

export function entryFormat(schema: SchemaNode): EntryFormat {
  return {
    fromFile(content) {
      const parsed = parseFrontmatter(content);
      if (!parsed) return { body: content };
      return { ...mapUnions(parsed.data, schema, toList), body: parsed.body.replace(/^\n+/, '') };
    },
    toFile(data, sortedKeys = []) {
      const { body, ...fields } = toNfc(data);
      // Every collection requires a title, so a file without one is a translation not started yet.
      if (typeof fields.title !== 'string' || !fields.title.trim()) return '';
      const frontmatter = mapUnions(fields, schema, fromList);
      return stringifyFrontmatter(frontmatter, escapeMdx(typeof body === 'string' ? body : ''), sortedKeys);
    },
  };
}
