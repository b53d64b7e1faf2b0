/**
 * Runs an exported async function of a module in a worker thread and returns its result. A step
 * that makes much garbage (the share cards: about 400 pictures decoded and encoded) runs its work
 * here rather than on Astro's main thread: there every major garbage collection walks the whole of
 * Astro's build state, which made the card step 2–7 s slower (of about 30 s, for 400 cards) than in a process of its own.
 * The worker ends only once the function has settled, so nothing it started is still writing
 * when the step reports.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

type Task = (...args: never[]) => Promise<unknown>;

interface Job {
  module: string;
  name: string;
  args: unknown[];
}

type Outcome = { value: unknown } | { error: { message: string; stack?: string | undefined } };

/**
 * `module`'s export `name` called with `args` (structured-cloned both ways) in a new worker.
 * A rejection becomes an Error with the same message and stack.
 */
export async function inWorker<M extends Record<K, Task>, K extends string & keyof M>(
  module: URL,
  name: K,
  ...args: Parameters<M[K]>
): Promise<Awaited<ReturnType<M[K]>>> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { module: module.href, name, args } satisfies Job });
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker stopped (exit code ${code}) before ${name} settled`)));
  });
  await worker.terminate();
  if ('error' in outcome) throw Object.assign(new Error(outcome.error.message), { stack: outcome.error.stack });
  return outcome.value as Awaited<ReturnType<M[K]>>;
}

if (!isMainThread && parentPort && (workerData as Partial<Job> | undefined)?.module) {
  const { module, name, args } = workerData as Job;
  let outcome: Outcome;
  try {
    const task = (await import(module))[name] as (...args: unknown[]) => Promise<unknown>;
    outcome = { value: await task(...args) };
  } catch (error) {
    outcome = { error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
  }
  parentPort.postMessage(outcome);
}
