/** The post-build integration: its steps run in the declared order, each with its own logger, and the first failure stops the build with one line. */
import type { AstroIntegrationLogger } from 'astro';
import { expect, test } from 'vitest';
import { postBuildSteps, PostBuildStepError, runPostBuildSteps, type PostBuildStep } from '../../src/integrations/post-build.ts';
import { inWorker } from '../../src/integrations/post-build/in-worker.ts';

/** A logger that records `[label] message` lines, as Astro's would print them. */
function recordingLogger(lines: string[], label = 'province:post-build'): AstroIntegrationLogger {
  const log = (level: string) => (message: string) => lines.push(`${level} [${label}] ${message}`);
  return { label, fork: (next: string) => recordingLogger(lines, next), info: log('info'), warn: log('warn'), error: log('error'), debug: () => {} } as never;
}

const step = (name: string, run: PostBuildStep['run'] = async ({ logger }) => logger.info('done')): PostBuildStep => ({ name, title: `Doing ${name}`, run });

test('the declared order: 404 pages first, the policy after every step that edits HTML, the service worker last', () => {
  expect(postBuildSteps.map((s) => s.name)).toEqual(['nested-404', 'search-index', 'share-cards', 'print-pdfs', 'security-headers', 'service-worker']);
  expect(new Set(postBuildSteps.map((s) => s.name)).size).toBe(postBuildSteps.length);
});

test('steps run one after the other in list order, each logging under its own name', async () => {
  const lines: string[] = [];
  const seen: { dir: string; basePath: string }[] = [];
  const record: PostBuildStep['run'] = async ({ dir, basePath, logger }) => {
    seen.push({ dir, basePath });
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.info('done');
  };
  await runPostBuildSteps([step('first', record), step('second', record)], { dir: '/tmp/site', basePath: '/sub/', logger: recordingLogger(lines) });
  expect(lines).toEqual(['info [first] ▶ Doing first', 'info [first] done', 'info [second] ▶ Doing second', 'info [second] done']);
  expect(seen).toEqual([
    { dir: '/tmp/site', basePath: '/sub/' },
    { dir: '/tmp/site', basePath: '/sub/' },
  ]);
});

test('a failing step stops the ones after it, with one line naming the step and the reason and no stack trace', async () => {
  const lines: string[] = [];
  const failing = step('share-cards', async () => {
    throw new Error('share card for /ja/ [locale: ja]: EISDIR');
  });
  const error = await runPostBuildSteps([step('first'), failing, step('never')], { dir: '/tmp/site', basePath: '/', logger: recordingLogger(lines) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostBuildStepError);
  expect((error as PostBuildStepError).message).toBe('Post-build step "share-cards" failed: share card for /ja/ [locale: ja]: EISDIR');
  expect((error as PostBuildStepError).step).toBe('share-cards');
  // Astro prints a stack trace only for an error that has one.
  expect((error as PostBuildStepError).stack).toBeFalsy();
  expect(lines.some((line) => line.includes('[never]'))).toBe(false);
});

test('work run in a worker thread returns its result, and its failure keeps the message', async () => {
  const nested404 = new URL('../../scripts/lib/nested-404.ts', import.meta.url);
  expect(await inWorker<typeof import('../../scripts/lib/nested-404.ts'), 'moveNested404'>(nested404, 'moveNested404', '/nonexistent-site')).toBe(0);
  const ogCards = new URL('../../scripts/lib/og-cards.ts', import.meta.url);
  await expect(inWorker<typeof import('../../scripts/lib/og-cards.ts'), 'buildOgCards'>(ogCards, 'buildOgCards', '/nonexistent-site', '/')).rejects.toThrow(
    /^ENOENT: no such file or directory, scandir '\/nonexistent-site'$/,
  );
});
