/**
 * The one reading of a content file: bytes to text, text to frontmatter and body, frontmatter to
 * data. Astro's content loader (`loader.ts`), the pre-build validator, the shared-field merge,
 * the translation-status page and the CMS all call these functions, so none of them can disagree
 * on where the frontmatter ends, what the body is or what the data are. Anything this module
 * cannot read unambiguously is refused with a `ContentFileError`, never guessed at.
 */
import yaml from 'js-yaml';
import { isAlias, isNode, parseDocument, visit } from 'yaml';

/** Content files are short texts; a larger file is a mistake (or an attack on the build's memory). */
export const maxContentFileBytes = 512 * 1024;

/** A file that cannot be read; `field` says where, as in the validator's messages. */
export class ContentFileError extends Error {
  readonly field: 'file' | 'frontmatter';
  constructor(field: 'file' | 'frontmatter', message: string) {
    super(message);
    this.name = 'ContentFileError';
    this.field = field;
  }
}

export interface FrontmatterFile {
  /** The YAML between the `---` fences, unparsed. */
  frontmatter: string;
  /** Everything after the closing fence. */
  body: string;
  /** Line of the file on which the body starts, for error messages. */
  bodyLine: number;
}

/**
 * Decodes a content file's bytes as UTF-8, refusing what an editor could not see: a byte-order
 * mark, UTF-16 (which Notepad and some Office exports write), NUL bytes and invalid UTF-8.
 * Line endings are normalised to `\n`, so a file saved on Windows reads as it would elsewhere.
 */
export function decodeContentFile(bytes: Uint8Array): string {
  if (bytes.length > maxContentFileBytes) {
    throw new ContentFileError('file', `the file is ${Math.ceil(bytes.length / 1024)} KiB; content files may be at most ${maxContentFileBytes / 1024} KiB`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentFileError('file', 'the file is saved as UTF-16; save it as UTF-8 (without BOM)');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new ContentFileError('file', 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentFileError('file', `the file contains a NUL byte at byte ${nul}; it is not a UTF-8 text file (UTF-16 or binary?)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentFileError('file', `the file is not valid UTF-8 (first bad byte at ${firstInvalidUtf8Byte(bytes)}); save it as UTF-8`);
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let good = 0;
  for (let end = 1; end <= bytes.length; end++) {
    try {
      decoder.decode(bytes.subarray(good, end));
      good = end;
    } catch {
      // An incomplete sequence may still be completed by the next byte; allow up to 4.
      if (end - good >= 4) return good;
    }
  }
  return good;
}

/** A fence line: exactly three hyphens, optionally followed by spaces or tabs. */
const fence = /^---[ \t]*$/;

/**
 * Splits `---` frontmatter from the body. The first line must be a fence and the frontmatter
 * ends at the next line that is a fence and nothing else; `--- text`, `----` or a fence inside
 * a YAML block scalar that is not alone on its line do not end it. Returns undefined when the
 * file does not start with a fence or the block is never closed.
 */
export function splitFrontmatter(source: string): FrontmatterFile | undefined {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (!fence.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (close === -1) return undefined;
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/**
 * Parses the YAML of a frontmatter block into plain data. Anchors and aliases are refused: the
 * CMS never writes them, and a few lines of nested aliases expand to billions of values that
 * would hang every later step. Duplicate keys and several documents are refused too.
 */
export function parseYamlData(frontmatter: string): Record<string, unknown> {
  const doc = parseDocument(frontmatter, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    // Lines of the file: the frontmatter starts on line 2, after the opening fence.
    const line = frontmatter.slice(0, error.pos[0]).split('\n').length + 1;
    throw new ContentFileError('frontmatter', `invalid YAML at line ${line}: ${error.message.split('\n')[0]}`);
  }
  let reference: string | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) reference = `*${node.source}`;
    else if (isNode(node) && node.anchor) reference = `&${node.anchor}`;
    return reference ? visit.BREAK : undefined;
  });
  if (reference) {
    throw new ContentFileError('frontmatter', `YAML anchors and aliases (${reference}) are not allowed; write each value out in full`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentFileError('frontmatter', 'the frontmatter must be a set of "field: value" lines');
  }
  return data as Record<string, unknown>;
}

export interface ContentFile {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file on which the body starts, for error messages. */
  bodyLine: number;
}

/** Reads a content file's text: frontmatter data and body, or a `ContentFileError`. */
export function readContentText(source: string): ContentFile {
  const parts = splitFrontmatter(source);
  if (!parts) {
    throw new ContentFileError('frontmatter', 'the file must start with a "---" line, then the fields, then a closing "---" line');
  }
  return { data: parseYamlData(parts.frontmatter), body: parts.body, bodyLine: parts.bodyLine };
}

/** Reads a content file from its bytes (see `decodeContentFile` and `readContentText`). */
export function readContentBytes(bytes: Uint8Array): ContentFile {
  return readContentText(decodeContentFile(bytes));
}

/** Parses a file's frontmatter into plain data, or undefined when it has none; throws on bad YAML. */
export function parseFrontmatter(source: string): { data: Record<string, unknown>; body: string } | undefined {
  if (!splitFrontmatter(source)) return undefined;
  const { data, body } = readContentText(source);
  return { data, body };
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
