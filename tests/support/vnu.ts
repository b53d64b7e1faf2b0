/** The W3C Nu HTML Checker (vnu-jar, run with Java) over a folder of built pages. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect } from 'vitest';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

/** The HTML errors vnu reports under `dir`, one line each: the page (relative to `root`) and the message. */
export function htmlErrors(dir: string, root = dir): string[] {
  const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'java must be installed (see .ci/run)').toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as {
    messages: Array<{ type: string; url: string; message: string; extract?: string }>;
  };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${m.url.replace(`file:${root}`, '')}: ${m.message}`);
}
