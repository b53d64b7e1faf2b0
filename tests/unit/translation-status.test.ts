import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentStatus, entryFile, missingUiStrings } from '../../src/model/translation-status.ts';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { copyProject } from '../support/project-copy.ts';

let repo: string;
let clock = 1_700_000_000;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
};
/** Commits everything, one minute after the previous commit, so times are ordered. */
const commit = (message: string) => {
  clock += 60;
  const env = { ...process.env, GIT_AUTHOR_DATE: `${clock} +0700`, GIT_COMMITTER_DATE: `${clock} +0700` };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-qm', message], { cwd: repo, env });
};
const states = () => Object.fromEntries(contentStatus(repo, path.join(repo, 'content'), ['festivals']).map((e) => [e.locale, e.state]));

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'i18n-status-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  write('content/festivals/vi/le-hoi-sen.mdx', '---\ntitle: Lễ hội Sen\n---\n\nBản đầu.\n');
  write('content/festivals/en/le-hoi-sen.mdx', '---\ntitle: Lotus Festival\n---\n\nFirst.\n');
  write('content/festivals/ja/le-hoi-sen.mdx', '---\ntitle: 蓮祭り\n---\n\n最初。\n');
  commit('Add the lotus festival');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('translation status from git history', () => {
  test('translations made after the source are up to date; absent ones are missing', () => {
    expect(states()).toEqual({ en: 'up-to-date', zh: 'missing', ja: 'up-to-date', ko: 'missing', ru: 'missing' });
  });

  test('a later change to the Vietnamese source makes translations outdated until they are updated', () => {
    write('content/festivals/vi/le-hoi-sen.mdx', '---\ntitle: Lễ hội Sen\n---\n\nThêm chương trình mới.\n');
    commit('Festival programme for 2027');
    expect(states()).toMatchObject({ en: 'outdated', ja: 'outdated' });
    write('content/festivals/en/le-hoi-sen.mdx', '---\ntitle: Lotus Festival\n---\n\nNew programme.\n');
    commit('Translate the 2027 programme');
    expect(states()).toMatchObject({ en: 'up-to-date', ja: 'outdated' });
  });

  test('a source commit marked [typo] does not make translations outdated', () => {
    write('content/festivals/vi/le-hoi-sen.mdx', '---\ntitle: Lễ hội Sen\n---\n\nBản đầu tiên.\n');
    commit('Fix a word [typo]');
    expect(states()).toMatchObject({ en: 'up-to-date', ja: 'up-to-date' });
  });

  test('an uncommitted edit of the source counts as a change now', () => {
    write('content/festivals/vi/le-hoi-sen.mdx', '---\ntitle: Lễ hội Sen Đồng Tháp\n---\n\nĐang sửa.\n');
    expect(states()).toMatchObject({ en: 'outdated', ja: 'outdated' });
  });

  test('a new translation not yet committed counts as made now', () => {
    write('content/festivals/vi/le-hoi-sen.mdx', '---\ntitle: Lễ hội Sen\n---\n\nBản hai.\n');
    commit('Second version of the source');
    write('content/festivals/ko/le-hoi-sen.mdx', '---\ntitle: 연꽃 축제\n---\n\n처음.\n');
    expect(states()).toMatchObject({ ko: 'up-to-date', en: 'outdated' });
  });

  test('Markdown (.md) entries are followed like MDX ones, also when the project sits in a subfolder of the repository', () => {
    const project = path.join(repo, 'site');
    write('site/content/festivals/vi/dua-ghe.md', '---\ntitle: Đua ghe\n---\n\nBản đầu.\n');
    write('site/content/festivals/en/dua-ghe.md', '---\ntitle: Boat race\n---\n\nFirst.\n');
    commit('Add the boat race');
    write('site/content/festivals/vi/dua-ghe.md', '---\ntitle: Đua ghe\n---\n\nLịch mới.\n');
    commit('New schedule');
    const report = contentStatus(project, path.join(project, 'content'), ['festivals']);
    expect(Object.fromEntries(report.map((e) => [e.locale, e.state]))).toEqual({ en: 'outdated', zh: 'missing', ja: 'missing', ko: 'missing', ru: 'missing' });
    expect(entryFile(path.join(project, 'content'), 'festivals', 'vi', 'dua-ghe')).toBe(path.join(project, 'content/festivals/vi/dua-ghe.md'));
  });
});

describe('UI strings', () => {
  test('every locale has every Vietnamese key', () => {
    expect(missingUiStrings(uiStrings)).toEqual({});
  });

  test('a missing or empty key is reported for its locale', () => {
    const ko = Object.fromEntries(Object.entries(uiStrings.ko).filter(([key]) => key !== 'feed.title'));
    expect(missingUiStrings({ ...uiStrings, ko, ja: { ...uiStrings.ja, 'nav.home': ' ' } })).toEqual({ ko: ['feed.title'], ja: ['nav.home'] });
  });
});

describe('npm run i18n:status, as CI runs it', () => {
  const run = (cwd: string) => spawnSync(process.execPath, ['scripts/i18n-status.ts', '--json', path.join(cwd, 'status.json')], { cwd, encoding: 'utf8' });

  test('missing content translations are a warning, not a failure', () => {
    const copy = copyProject('i18n-cli-');
    try {
      copy.write('content/pages/vi/gioi-thieu.mdx', '---\ntitle: Giới thiệu\ndescription: Về tỉnh.\n---\n\nNội dung.\n');
      const result = run(copy.dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/⚠ warning: 5 content translation\(s\) missing or outdated/);
      expect(JSON.parse(readFileSync(path.join(copy.dir, 'status.json'), 'utf8')).entries).toHaveLength(5);
    } finally {
      copy.remove();
    }
  }, 60_000);

  test('a missing UI string fails, naming the locale and the key', () => {
    const copy = copyProject('i18n-cli-');
    try {
      const file = path.join(copy.dir, 'src/i18n/locales/ko.json');
      const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      delete strings['offline.title'];
      writeFileSync(file, JSON.stringify(strings));
      const result = run(copy.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Missing UI strings:\n\s+ko: offline\.title/);
    } finally {
      copy.remove();
    }
  }, 60_000);
});
