/**
 * The bad-content corpus: one broken entry per case in tests/fixtures/bad-content/, described
 * in its cases.json (where each file goes under content/, how many problems it has, and what
 * the build must say). Each case runs the real build script on a copy of the project whose
 * content is only that case, and must fail before Astro runs, name the file, its locale and
 * the field, say that dist is unchanged, and leave the previous dist/ byte for byte as it was.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, previousDistFiles, type ProjectCopy } from '../support/project-copy.ts';

interface BadCase {
  case: string;
  about: string;
  /** Fixture file (relative to the corpus folder) → target path inside content/. */
  files: Record<string, string>;
  /** How many problems the validator reports. */
  problems: number;
  /** Fragments the build output must contain. */
  expect: string[];
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
      for (const target of Object.values(c.files)) expect(target, c.case).toMatch(/^[a-z]+\/[a-z]{2}\/[a-z0-9-]+\.mdx?$/);
      const [first] = Object.values(c.files);
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

  test.each(cases.map((c) => [c.case, c] as const))('%s: stops before Astro, names the problem, dist unchanged', (_name, c) => {
    project.resetContent();
    for (const [fixture, target] of Object.entries(c.files)) {
      project.write(path.join('content', target), readFileSync(path.join(corpus, fixture)));
    }
    const { status, output } = project.build();

    expect(status, output).toBe(1);
    for (const fragment of c.expect) expect(output).toContain(fragment);
    expect(output).toContain(`Build stopped: ${c.problems} content problem(s). Nothing was written; dist is unchanged.`);
    expect(output.match(/^ {2}✗ /gm) ?? [], output).toHaveLength(c.problems);
    expect(output).not.toMatch(/Building with Astro/);
    expect(project.distFiles()).toEqual(previousDistFiles());
    expect(project.leftoverTemps()).toEqual([]);
  }, 60_000);
});
