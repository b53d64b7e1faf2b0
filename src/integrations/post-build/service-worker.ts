/** Post-build step: the offline-reading service worker `sw.js` and its precache list (scripts/lib/service-worker.ts). */
import type { PostBuildStep } from './step.ts';

export const serviceWorkerStep: PostBuildStep = {
  name: 'service-worker',
  title: 'Service worker (offline reading)',
  async run({ dir, basePath, logger }) {
    const { buildServiceWorker } = await import('../../../scripts/lib/service-worker.ts');
    const worker = await buildServiceWorker(dir, basePath);
    logger.info(
      `sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB; app shell of ${worker.precached} file(s), ${(worker.precacheBytes / 1024).toFixed(0)} KiB, precached`,
    );
  },
};
