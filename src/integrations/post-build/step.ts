/**
 * What a post-build step is: one job on the finished site, run by the post-build integration
 * (../post-build.ts) in the order of its list. A step logs through its own logger and throws
 * when it fails; before throwing it lets every write it started finish (see runSettled in
 * scripts/lib/og-cards.ts), because a failed build removes the folder the step writes into.
 */
import type { AstroIntegrationLogger } from 'astro';

export interface PostBuildContext {
  /** The built site: the `dir` of Astro's `astro:build:done` hook, as a path without a trailing slash. */
  dir: string;
  /** The sub-path the site is served under (`BASE_PATH`, from src/config/site.ts). */
  basePath: string;
  /** This step's logger, labelled with the step's name. */
  logger: AstroIntegrationLogger;
}

export interface PostBuildStep {
  /** Short name, used as the log label and in a failure: `share-cards`. */
  name: string;
  /** What the step does, logged when it starts: `Drawing the share cards (Open Graph)`. */
  title: string;
  /** Does the work and logs a one-line summary; throws an Error whose message says what went wrong. */
  run(context: PostBuildContext): Promise<void>;
}
