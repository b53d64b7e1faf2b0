/**
 * Benchmark section: the real build (`scripts/build.ts`) of a synthetic site of N entries per
 * collection (`synthetic-site.ts`), twice. First cold, with every cache empty; then warm, after
 * one content file was edited, with the caches the first build left (Astro's processed images,
 * the share cards, the handbook PDFs). It measures wall time, each step of the build, the HTML
 * pages per second, and the peak memory of the whole process tree (Astro, Pagefind, Chromium…)
 * sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSyntheticSite, editEntry, type SyntheticSite } from './synthetic-site.ts';

export interface Step {
  name: string;
  seconds: number;
}

export interface MeasuredRun {
  status: number | null;
  seconds: number;
  /** Largest sum of the resident memory of the process and all its descendants, in bytes. */
  peakRss: number;
  /** Most processes alive in the tree at once. */
  peakProcesses: number;
  steps: Step[];
  log: string;
}

export interface BuildBench {
  site: Omit<SyntheticSite, 'dir'> & { dir: string | undefined };
  htmlPages: number;
  cold: MeasuredRun;
  warm: MeasuredRun;
  /** cold ÷ warm */
  ratio: number;
}

let pageSize: number | undefined;
/** The kernel's page size, from a process's own /proc entries (statm counts pages, status kB). */
function kernelPageSize(): number {
  if (pageSize) return pageSize;
  try {
    const pages = Number(readFileSync('/proc/self/statm', 'utf8').split(' ')[1]);
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    // Both are read a moment apart: round to the nearest power of two.
    pageSize = 2 ** Math.round(Math.log2((kb * 1024) / pages));
  } catch {
    pageSize = 4096;
  }
  return pageSize;
}

/** Resident memory of `root` and all its descendants right now, from /proc (Linux only). */
export function processTreeMemory(root: number): { rss: number; processes: number } {
  const children = new Map<number, number[]>();
  const rssPages = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { rss: 0, processes: 0 };
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rssPages.set(pid, Number(fields[21]));
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let pages = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (!rssPages.has(pid)) continue;
    pages += rssPages.get(pid)!;
    processes++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: pages * kernelPageSize(), processes };
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Runs a command, logging its output to `logFile`, sampling the memory of its process tree, and
 * timing the build's steps from the `▶ step` lines it prints, its post-build steps' included
 * (src/integrations/post-build.ts), and Astro's image generation.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; onStep?: (name: string) => void },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakRss = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = processTreeMemory(child.pid);
      peakRss = Math.max(peakRss, now.rss);
      peakProcesses = Math.max(peakProcesses, now.processes);
    };
    const timer = setInterval(sample, 200);
    const marks: { name: string; at: number }[] = [];
    let imagesFrom: number | undefined;
    const imageSpans: number[] = [];
    let pending = '';
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const at = performance.now();
      for (const raw of lines) {
        const line = raw.replace(ansi, '');
        // `▶ Checking content` from scripts/build.ts; `12:00:00 [share-cards] ▶ Drawing…` from a post-build step inside Astro.
        const step = /^(?:\d\d:\d\d:\d\d \[[^\]]+\] )?▶ (.+)$/.exec(line);
        if (step) {
          // The same name in every run: "Building with Astro into .dist-building-123" → "Building with Astro".
          const name = step[1]!.replace(/ into \S+$/, '').replace(/^(Publishing) to \S+$/, '$1');
          marks.push({ name, at });
          options.onStep?.(name);
        } else if (/generating optimized images/.test(line)) imagesFrom = at;
        else if (imagesFrom !== undefined && /✓ Completed in/.test(line)) {
          imageSpans.push(at - imagesFrom);
          imagesFrom = undefined;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const ended = performance.now();
      log.end();
      const steps: Step[] = marks.map((mark, i) => ({ name: mark.name, seconds: ((marks[i + 1]?.at ?? ended) - mark.at) / 1000 }));
      const astro = steps.findIndex((s) => s.name.startsWith('Building with Astro'));
      if (imageSpans.length && astro >= 0) {
        steps.splice(astro + 1, 0, { name: '  of which Astro’s optimized images', seconds: imageSpans.reduce((a, b) => a + b, 0) / 1000 });
      }
      resolve({ status, seconds: (ended - started) / 1000, peakRss, peakProcesses, steps, log: options.logFile });
    });
  });
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

export interface BuildBenchOptions {
  n: number;
  images: number;
  /** Where to write the synthetic site; default a new folder in the system's temporary folder, removed afterwards. */
  out?: string;
  /** Keep the synthetic site (always kept when `out` is given). */
  keep?: boolean;
  /** The day the festival calendar counts from, the same for both builds. */
  buildDate: string;
}

export async function benchBuild({ n, images, out, keep = Boolean(out), buildDate }: BuildBenchOptions): Promise<BuildBench> {
  const dir = out ? path.resolve(out) : await mkdtemp(path.join(tmpdir(), 'province-bench-'));
  const t0 = performance.now();
  console.log(`Writing the synthetic site (${n} entries per collection, ${images} pool pictures) to ${dir}…`);
  const site = await createSyntheticSite({ n, images, out: dir });
  const files = Object.values(site.files).reduce((a, b) => a + b, 0);
  console.log(`  ${files} entry files, about ${site.expectedPages} pages expected (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: 'dist',
    BUILD_DATE: buildDate,
    ASTRO_TELEMETRY_DISABLED: '1',
    // The copy's own caches, whatever the environment says, so the first build is really cold.
    OG_CARDS_CACHE_DIR: path.join(dir, 'node_modules/.cache/og-cards'),
    HANDBOOK_PDF_CACHE_DIR: path.join(dir, 'node_modules/.cache/handbook-pdf'),
  };
  delete env.BASE_PATH;
  // Outside the site folder, so the logs outlive it.
  const logFile = (label: string) => path.join(tmpdir(), `province-bench-${label}.log`);
  const progress = (label: string) => (name: string) => console.log(`  ${label} ▶ ${name}  (${new Date().toLocaleTimeString('en-GB')})`);
  const build = (label: string) => runMeasured(process.execPath, ['scripts/build.ts'], { cwd: dir, env, logFile: logFile(label), onStep: progress(label) });

  try {
    console.log(`Cold build (no caches); log: ${logFile('cold')}`);
    const cold = await build('cold');
    if (cold.status !== 0) throw new Error(`the cold build failed (exit ${cold.status}); see ${cold.log}`);
    const htmlPages = countHtml(path.join(dir, 'dist'));
    console.log(`  ${cold.seconds.toFixed(1)} s, ${htmlPages} HTML pages`);

    editEntry(dir, site.editTarget);
    console.log(`Warm build after editing ${site.editTarget}; log: ${logFile('warm')}`);
    const warm = await build('warm');
    if (warm.status !== 0) throw new Error(`the warm build failed (exit ${warm.status}); see ${warm.log}`);
    console.log(`  ${warm.seconds.toFixed(1)} s`);
    return { site: { ...site, dir: keep ? dir : undefined }, htmlPages, cold, warm, ratio: cold.seconds / warm.seconds };
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
