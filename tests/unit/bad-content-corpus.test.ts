/**
 * The bad-content corpus: one broken entry per case in tests/fixtures/bad-content/, described
 * in its cases.json (where each file goes under content/, how many problems it has, and what
 * the build must say). Each case runs the real build script on a copy of the project whose
 * content is only that case, and must fail before Astro runs, name the file, its locale and
 * the field, say that dist is unchanged, and leave the previous dist/ byte for byte as it was.
 * A translation comes with its Vietnamese original from the demo content, as it would in a real
 * tree. Then `astro build` alone, without the validator, must refuse hostile content too.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, previousDistFiles, projectRoot, type ProjectCopy } from '../support/project-copy.ts';

interface BadCase {
  case: string;
  about: string;
  /** Fixture file (relative to the corpus folder) → target path inside content/. */
  files: Record<string, string>;
  /** How many problems the validator reports. */
  problems: number;
  /** Fragments the build output must contain. */
  expect: string[];
  /** Fragments it must not contain (what a hostile file tried to leak). */
  absent?: string[];
  /** Symbolic links to create under content/: path → target. */
  symlinks?: Record<string, string>;
  /** Folders to create under content/. */
  folders?: string[];
}

/** Puts a case's files, links and folders into the copy's content/, with the originals its translations need. */
function plant(project: ProjectCopy, c: BadCase) {
  for (const [fixture, target] of Object.entries(c.files)) {
    project.write(path.join('content', target), readFileSync(path.join(corpus, fixture)));
  }
  for (const target of [...Object.values(c.files), ...(c.folders ?? [])]) {
    const [collection, locale, file] = target.split('/');
    if (!file) continue;
    const original = path.join('content', collection!, 'vi', file!.replace(/\.md$/, '.mdx'));
    if (locale !== 'vi' && collection !== '_media' && existsSync(path.join(projectRoot, original)) && !existsSync(path.join(project.dir, original))) {
      project.write(original, readFileSync(path.join(projectRoot, original)));
    }
  }
  for (const [link, target] of Object.entries(c.symlinks ?? {})) symlinkSync(target, path.join(project.dir, 'content', link));
  for (const folder of c.folders ?? []) mkdirSync(path.join(project.dir, 'content', folder), { recursive: true });
}

const corpus = path.resolve(import.meta.dirname, '../fixtures/bad-content');
const cases = JSON.parse(readFileSync(path.join(corpus, 'cases.json'), 'utf8')) as BadCase[];

function fixtureFiles(dir = corpus, rel = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relName = rel ? `${rel}/${name}` : name;
    if (statSync(full).isDirectory()) return fixtureFiles(full, relName);
    return name === 'cases.json' ? [] : [relName];
  });
}

describe('the corpus', () => {
  test('every fixture file belongs to exactly one case, and every case names its file, locale and field', () => {
    const used = cases.flatMap((c) => Object.keys(c.files));
    expect(used.toSorted()).toEqual(fixtureFiles().toSorted());
    expect(new Set(used).size).toBe(used.length);
    expect(new Set(cases.map((c) => c.case)).size).toBe(cases.length);
    for (const c of cases) {
      // Named for the case: `<case>.mdx`, or a `<case>/` folder for a case of several files.
      for (const fixture of Object.keys(c.files)) expect(fixture.startsWith(`${c.case}.`) || fixture.startsWith(`${c.case}/`), fixture).toBe(true);
      for (const target of Object.values(c.files)) expect(target, c.case).toMatch(/^([a-z]+\/[a-z]{2}\/[a-z0-9-]+\.mdx?|_media\/[a-z0-9-]+\.[a-z]+)$/);
      const first = [...Object.values(c.files), ...(c.folders ?? []), ...Object.keys(c.symlinks ?? {})].find((t) => !t.startsWith('_media/'));
      const locale = first!.split('/')[1];
      expect(c.expect.join('\n'), c.case).toMatch(new RegExp(`content/[^ ]+ \\[locale: ${locale}\\] field "[^"]+"`));
    }
  });

  test('the NFD fixture really is decomposed (an editor saving it must not quietly fix it)', () => {
    const text = readFileSync(path.join(corpus, 'nfd-vietnamese.mdx'), 'utf8');
    expect(text.normalize('NFC')).not.toBe(text);
  });
});

describe('the build script on each bad case', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject('province-bad-content-');
  });
  afterAll(() => project.remove());

  test.each(cases.map((c) => [c.case, c] as const))(
    '%s: stops before Astro, names the problem, dist unchanged',
    (_name, c) => {
      project.resetContent();
      plant(project, c);
      const started = performance.now();
      const { status, output } = project.build();

      expect(status, output).toBe(1);
      // Hostile input must not hang the build (the alias bomb once took more than five minutes).
      expect(performance.now() - started).toBeLessThan(30_000);
      for (const fragment of c.expect) expect(output).toContain(fragment);
      for (const fragment of c.absent ?? []) expect(output).not.toContain(fragment);
      expect(output).toContain(`Build stopped: ${c.problems} content problem(s). Nothing was written; dist is unchanged.`);
      expect(output.match(/^ {2}✗ /gm) ?? [], output).toHaveLength(c.problems);
      expect(output).not.toMatch(/Building with Astro/);
      expect(project.distFiles()).toEqual(previousDistFiles());
      expect(project.leftoverTemps()).toEqual([]);
    },
    60_000,
  );
});

describe('astro build alone, without the pre-build validator', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject('province-astro-only-');
  });
  afterAll(() => project.remove());

  test('the content loader refuses hostile bodies and pictures itself, naming file, locale and field', () => {
    const byName = new Map(cases.map((c) => [c.case, c]));
    const chosen = ['meta-refresh', 'fragment-set-html', 'image-symlink', 'yaml-alias-bomb'].map((name) => byName.get(name)!);
    for (const c of chosen) plant(project, c);
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: project.dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      timeout: 300_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    for (const c of chosen) expect(output).toContain(c.expect[0]!.replace(/^content\//, 'content/'));
    expect(output).toContain('the HTML element <meta> is not allowed');
    expect(output).toContain('leads outside content/_media/ (a symbolic link)');
    expect(output).not.toContain('root:x:0:0');
    expect(existsSync(path.join(project.dir, 'dist/index.html'))).toBe(false);
  }, 300_000);
});
