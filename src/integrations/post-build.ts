/**
 * The post-build steps, run by Astro itself on `astro:build:done`, so that `astro build` alone
 * produces the complete site. `npm run build` (scripts/build.ts) adds what is not part of a
 * build: it checks the content first, builds into a temporary folder and swaps it into dist/.
 *
 * Each step is a module of its own in ./post-build/ and logs under its own name. They run one
 * after the other, in the order of `postBuildSteps`; to add a step, write its module and put it
 * in the list where what it reads has been written. A step that fails stops the build: `astro
 * build` exits non-zero with one line naming the step and the reason.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { site } from '../config/site.ts';
import { nested404Step } from './post-build/nested-404.ts';
import { printPdfsStep } from './post-build/print-pdfs.ts';
import { searchIndexStep } from './post-build/search-index.ts';
import { securityHeadersStep } from './post-build/security-headers.ts';
import { serviceWorkerStep } from './post-build/service-worker.ts';
import { shareCardsStep } from './post-build/share-cards.ts';
import type { PostBuildStep } from './post-build/step.ts';

export type { PostBuildContext, PostBuildStep } from './post-build/step.ts';

/**
 * The steps in the order they run. The 404 pages move first, so every later step sees the final
 * file names. The PDF step edits the pages that offer a PDF (their download links), so it comes
 * before the Content-Security-Policy, which hashes the inline scripts of the final HTML. The
 * service worker comes last: it lists the app shell with a hash of each file as it is served.
 */
export const postBuildSteps: readonly PostBuildStep[] = [nested404Step, searchIndexStep, shareCardsStep, printPdfsStep, securityHeadersStep, serviceWorkerStep];

/** A step's failure as Astro prints it: one line, naming the step and the reason, without a stack trace. */
export class PostBuildStepError extends Error {
  readonly step: string;
  constructor(step: string, reason: unknown) {
    super(`Post-build step "${step}" failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'PostBuildStepError';
    this.step = step;
    // Astro prints the stack of an error that has one; for a step's expected failure (a card
    // that cannot be written, Chromium that crashes) the line says it all. `astro build
    // --verbose` shows the original stack, logged at debug level before this is thrown.
    this.stack = '';
  }
}

/** Runs `steps` in order on the built site in `dir`, each with a logger of its own name. */
export async function runPostBuildSteps(
  steps: readonly PostBuildStep[],
  { dir, basePath, logger }: { dir: string; basePath: string; logger: AstroIntegrationLogger },
) {
  for (const step of steps) {
    const stepLogger = logger.fork(step.name);
    // `▶` marks the start of a step, as in scripts/build.ts's own output; the benchmark times steps by it.
    stepLogger.info(`▶ ${step.title}`);
    try {
      await step.run({ dir, basePath, logger: stepLogger });
    } catch (error) {
      stepLogger.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      throw new PostBuildStepError(step.name, error);
    }
  }
}

export function postBuild(steps: readonly PostBuildStep[] = postBuildSteps): AstroIntegration {
  return {
    name: 'province:post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => runPostBuildSteps(steps, { dir: path.resolve(fileURLToPath(dir)), basePath: site.basePath, logger }),
    },
  };
}
