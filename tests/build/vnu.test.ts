import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { distDir } from '../support/site.ts';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

test('vnu (the W3C Nu HTML Checker) finds no HTML error in dist/', () => {
  const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', distDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'java must be installed (see .ci/run)').toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as {
    messages: Array<{ type: string; url: string; message: string; extract?: string }>;
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(`file:${distDir}`, '')}: ${m.message}`);
  expect(errors.slice(0, 30)).toEqual([]);
}, 300_000);
