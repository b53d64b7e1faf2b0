/**
 * The one reading of a content file: bytes to text, text to frontmatter and body, frontmatter to
 * data. Astro's content loader (`loader.ts`), the pre-build validator, the shared-field merge,
 * the translation-status page and the CMS all call these functions, so none of them can disagree
 * on where the frontmatter ends, what the body is or what the data are. Anything this module
 * cannot read unambiguously is refused with a `ContentFileError`, never guessed at.
 */
import yaml from 'js-yaml';
import { isAlias, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';

/** Content files are short texts; a larger file is a mistake (or an attack on the build's memory). */
export const maxContentFileBytes = 512 * 1024;

/**
 * A file that cannot be read; `field` says where, as in the validator's messages: `file`,
 * `frontmatter`, or the dotted path of one field (`title`, `gallery[0].alt`).
 */
export class ContentFileError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
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
 * Control characters no editor shows: C0 but TAB and LF, DEL and C1. Pages, the RSS feed (where
 * they make the XML invalid) and the .ics calendar (where a CR starts a new line) all take text
 * from content, so none of them may carry one. Also the bidirectional embedding, override and
 * isolate controls, which reorder how a title reads ("Trojan source") and no language of the
 * site needs, and U+FEFF, a byte-order mark out of place (parsers skip it at the start of a
 * body and then count positions one short).
 */
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** `U+0007`, the way the messages name a character. */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Decodes a content file's bytes as UTF-8, refusing what an editor could not see: a byte-order
 * mark, UTF-16 (which Notepad and some Office exports write), NUL bytes, invalid UTF-8 and
 * control characters. Windows line endings are normalised to `\n`, so a file saved on Windows
 * reads as it would elsewhere; a carriage return left after that is refused.
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
  text = text.replace(/\r\n/g, '\n');
  const control = controlCharacter.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new ContentFileError(
      'file',
      control[0] === '\r'
        ? `line ${line} contains a carriage return (U+000D) that ends no Windows line: the file has old Mac line endings or a stray carriage return; save it with ordinary line endings`
        : `line ${line} contains the invisible control character ${codePoint(control[0])}; delete it (it often comes with text pasted from another program)`,
    );
  }
  return text;
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
  // The package's own duplicate-key check compares every key with every other (a frontmatter of
  // 30,000 keys took eight seconds); the visit below does it with a set.
  const doc = parseDocument(frontmatter, { uniqueKeys: false, prettyErrors: false });
  // Lines of the file: the frontmatter starts on line 2, after the opening fence.
  const lineAt = (offset: number) => frontmatter.slice(0, offset).split('\n').length + 1;
  const error = doc.errors[0];
  if (error) {
    const message = /call stack/i.test(error.message) ? 'the fields are nested too deeply' : error.message.split('\n')[0];
    throw new ContentFileError('frontmatter', `invalid YAML at line ${lineAt(error.pos[0])}: ${message}`);
  }
  let reference: string | undefined;
  let duplicate: { key: string; line: number } | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) reference = `*${node.source}`;
    else if (isNode(node) && node.anchor) reference = `&${node.anchor}`;
    else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        if (seen.has(key)) duplicate = { key, line: lineAt(isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0) };
        seen.add(key);
        if (duplicate) break;
      }
    }
    return reference || duplicate ? visit.BREAK : undefined;
  });
  if (duplicate) {
    throw new ContentFileError(
      'frontmatter',
      `invalid YAML at line ${duplicate.line}: Map keys must be unique ("${duplicate.key.slice(0, 60)}" is written twice)`,
    );
  }
  if (reference) {
    throw new ContentFileError('frontmatter', `YAML anchors and aliases (${reference}) are not allowed; write each value out in full`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentFileError('frontmatter', 'the frontmatter must be a set of "field: value" lines');
  }
  checkYamlData(data);
  return data as Record<string, unknown>;
}

/** Names that reach an object's prototype when later code copies or merges the data by key. */
const reservedKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses what the check of the raw text cannot see: control characters written as YAML escapes
 * (`"a\rb"`, `"\x07"`), in a value or a key at any depth, and keys that name a prototype. TAB and
 * LF stay allowed (block scalars end their lines with LF). Walks without recursion, so deeply
 * nested data cannot overflow the stack here.
 */
function checkYamlData(data: unknown): void {
  const pending: Array<[unknown, string]> = [[data, '']];
  while (pending.length) {
    const [value, at] = pending.pop()!;
    const control = typeof value === 'string' ? controlCharacter.exec(value) : null;
    if (control) {
      throw new ContentFileError(
        at,
        `the text contains the invisible control character ${codePoint(control[0])}; remove it (in the file it may be written as an escape such as "\\r" or "\\x07")`,
      );
    }
    if (!value || typeof value !== 'object') continue;
    const children = Object.entries(value).map(([key, child]): [unknown, string] => {
      if (Array.isArray(value)) return [child, `${at}[${key}]`];
      // A control character in a key is shown by its code, not written into the message.
      const where = `${at ? `${at}.` : ''}${key.replace(new RegExp(controlCharacter, 'g'), (c) => `{${codePoint(c)}}`)}`;
      const keyControl = controlCharacter.exec(key);
      if (keyControl) throw new ContentFileError(where, `the field name contains the invisible control character ${codePoint(keyControl[0])}; remove it`);
      if (reservedKeys.has(key)) {
        throw new ContentFileError(
          where,
          `"${key}" cannot be a field name: JavaScript reserves it for an object's prototype; remove the line or rename the field`,
        );
      }
      return [child, where];
    });
    // Last first onto the stack, so the values are checked in the order the file gives them.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
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
  const front = Object.keys(ordered).length ? yaml.dump(ordered, { lineWidth: -1, noRefs: true, quotingType: '"' }) : '';
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
