/**
 * Reading and writing `---` frontmatter files. The validator, the build's shared-field merge and
 * the CMS all use this one module, so a file the CMS writes is read back exactly as it was meant.
 */
import yaml from 'js-yaml';

export interface FrontmatterFile {
  /** The YAML between the `---` fences, unparsed. */
  frontmatter: string;
  /** Everything after the closing fence. */
  body: string;
  /** Line of the file on which the body starts, for error messages. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): FrontmatterFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses a file's frontmatter into plain data; throws js-yaml's error on bad YAML. */
export function parseFrontmatter(source: string): { data: Record<string, unknown>; body: string } | undefined {
  const parts = splitFrontmatter(source);
  if (!parts) return undefined;
  const data = yaml.load(parts.frontmatter) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the frontmatter must be a set of "field: value" lines');
  return { data: data as Record<string, unknown>, body: parts.body };
}

/**
 * Writes data and body back as a frontmatter file. Keys follow `order` first (the form's field
 * order), then the rest as they came; empty optional values are dropped rather than written as
 * `null` or `""`, which the schemas would reject.
 */
export function stringifyFrontmatter(data: Record<string, unknown>, body: string, order: readonly string[] = []): string {
  const ordered: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(data)]) {
    if (key in ordered || !(key in data)) continue;
    const value = prune(data[key]);
    if (value !== undefined) ordered[key] = value;
  }
  const front = Object.keys(ordered).length
    ? yaml.dump(ordered, { lineWidth: -1, noRefs: true, quotingType: '"' })
    : '';
  const text = body.replace(/^\n+/, '');
  return `---\n${front}---\n${text ? `\n${text}` : ''}${text && !text.endsWith('\n') ? '\n' : ''}`;
}

/** Drops empty strings, nulls and empty objects left behind by form fields the editor left blank. */
function prune(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.map((v) => prune(v) ?? null).filter((v) => v !== null);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = prune(v);
      if (pruned !== undefined) out[k] = pruned;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}
