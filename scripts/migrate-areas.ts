/**
 * `node scripts/migrate-areas.ts [mapping.json] [content-dir]`: moves places from the districts
 * abolished on 1 July 2025 to the commune or ward they belong to now.
 *
 * The mapping (default `scripts/migrations/dong-thap-2025-areas.json`) names, per entry, the place
 * field (`place`, `location`, `producer`), the former district and the new area id from
 * `src/config/areas.ts`. In every locale's file of that entry, `district: <from>` inside that field
 * becomes `area: <to>`. Where the mapping is not `certain`, the entry is marked `sampleData: true`,
 * so the site badges it until someone confirms the unit. Only those lines change: comments,
 * quoting and order stay as the editors wrote them. Running it twice changes nothing.
 * Exits non-zero, writing nothing, if any entry does not match the mapping.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { areas } from '../src/config/areas.ts';

export interface AreaMove {
  collection: string;
  slug: string;
  /** The top-level frontmatter field that holds the place. */
  field: string;
  /** The former district's id. */
  from: string;
  /** The commune or ward's id in `src/config/areas.ts`. */
  to: string;
  /** Whether a source says the place is in `to`; otherwise the entry becomes sample data. */
  certain: boolean;
  /** Why, with the source; for the people who review the move. */
  why?: string;
}

const areaIds = new Set<string>(areas.map((a) => a.id));

/**
 * One file's frontmatter with the move applied. Returns the text unchanged when the move was
 * already made, and throws when the file holds something the mapping does not expect.
 */
export function migrateFrontmatter(text: string, move: AreaMove): string {
  if (!areaIds.has(move.to)) throw new Error(`"${move.to}" is not an area in src/config/areas.ts`);
  const lines = text.split('\n');
  if (lines[0] !== '---') throw new Error('no frontmatter');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('frontmatter is not closed');
  const start = lines.findIndex((line, i) => i > 0 && i < end && line === `${move.field}:`);
  if (start < 0) throw new Error(`no "${move.field}:" block`);
  let changed = false;
  let found = false;
  for (let i = start + 1; i < end && /^\s/.test(lines[i]!); i++) {
    const m = /^(\s+)(district|area):\s*(\S+)\s*$/.exec(lines[i]!);
    if (!m) continue;
    const [, indent, key, value] = m;
    if (key === 'area') {
      if (value !== move.to) throw new Error(`${move.field}.area is "${value}", the mapping says "${move.to}"`);
    } else {
      if (value !== move.from) throw new Error(`${move.field}.district is "${value}", the mapping says "${move.from}"`);
      lines[i] = `${indent}area: ${move.to}`;
      changed = true;
    }
    found = true;
  }
  if (!found) throw new Error(`no ${move.field}.district or ${move.field}.area`);
  if (!move.certain) {
    const flag = lines.findIndex((line, i) => i > 0 && i < end && /^sampleData:/.test(line));
    if (flag < 0) {
      lines.splice(end, 0, 'sampleData: true');
      changed = true;
    } else if (!/^sampleData:\s*true\s*$/.test(lines[flag]!)) {
      lines[flag] = 'sampleData: true';
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** Every file of the entry, one per locale folder that has it. */
function entryFiles(contentDir: string, move: AreaMove): string[] {
  const dir = path.join(contentDir, move.collection);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .flatMap((d) => ['.mdx', '.md'].map((ext) => path.join(dir, d.name, `${move.slug}${ext}`)))
    .filter((file) => existsSync(file));
}

/** Applies every move; returns the files it would write, with their new text. Throws naming the file on the first mismatch. */
export function planMigration(contentDir: string, moves: readonly AreaMove[]): Map<string, string> {
  const writes = new Map<string, string>();
  for (const move of moves) {
    const files = entryFiles(contentDir, move);
    if (files.length === 0) throw new Error(`${move.collection}/${move.slug}: no such entry in ${contentDir}`);
    for (const file of files) {
      const before = writes.get(file) ?? readFileSync(file, 'utf8');
      try {
        const after = migrateFrontmatter(before, move);
        if (after !== before) writes.set(file, after);
      } catch (error) {
        throw new Error(`${path.relative(contentDir, file)}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  return writes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const mappingFile = path.resolve(process.argv[2] ?? path.join(root, 'scripts/migrations/dong-thap-2025-areas.json'));
  const contentDir = path.resolve(process.argv[3] ?? path.join(root, 'content'));
  try {
    const moves = JSON.parse(readFileSync(mappingFile, 'utf8')) as AreaMove[];
    const writes = planMigration(contentDir, moves);
    for (const [file, text] of writes) writeFileSync(file, text);
    const uncertain = moves.filter((m) => !m.certain).length;
    console.log(`${writes.size} file(s) updated; ${moves.length} place(s) mapped, ${uncertain} of them uncertain and marked as sample data.`);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}. Nothing was written.`);
    process.exit(1);
  }
}
