/**
 * `npm run bench`: figures, not pass/fail (nothing here fails on speed). Three sections:
 *
 * 1. search: per locale, on a cold cache, the bytes a first search fetches and the time to its
 *    results (the built site in dist/ or $OUT_DIR, Chromium);
 * 2. lighthouse: Lighthouse (mobile) scores, LCP, CLS, TBT and page weight of the home page, a
 *    festival, the OCOP catalogue and a handbook chapter, in vi and ja (the same built site);
 * 3. build: the real build of a synthetic site of N entries per collection in all six locales
 *    (about 6,000 HTML pages by default), cold and then warm after editing one file: time,
 *    pages per second, peak memory of the whole process tree, and the warm/cold ratio.
 *
 * Options: --n N (entries per collection; default gives about 6,000 pages), --images P (image
 * pool, default 48), --skip-search, --skip-lighthouse, --lighthouse-runs R (default 3, the
 * median is reported), --skip-build, --out DIR (keep the
 * synthetic site there), --keep, --json FILE (write the figures as JSON).
 * Example: `npm run bench -- --n 20 --skip-lighthouse`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { benchBuild, type BuildBench } from './lib/bench-build.ts';
import { benchLighthouse, lighthouseCategories, type LighthouseRow } from './lib/bench-lighthouse.ts';
import { benchSearch, type SearchRow } from './lib/bench-search.ts';
import { chromiumPath, isExecutable } from './lib/chromium.ts';
import { defaultImagePool, entriesForPages } from './lib/synthetic-site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    n: { type: 'string' },
    images: { type: 'string' },
    'skip-search': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`npm run bench [-- options]
  --n N                  entries per collection in the synthetic site (default ${entriesForPages()}, about 6,000 HTML pages)
  --images P             pictures in the synthetic site's image pool (default ${defaultImagePool})
  --skip-search          leave out the search section
  --skip-lighthouse      leave out the Lighthouse section
  --lighthouse-runs R    Lighthouse runs per page, the median is reported (default 3)
  --skip-build           leave out the synthetic build section
  --out DIR              write the synthetic site to DIR and keep it
  --keep                 keep the synthetic site in the temporary folder
  --json FILE            also write every figure to FILE as JSON`);
  process.exit(0);
}
const positiveInt = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got "${value}")`);
    process.exit(2);
  }
  return n;
};
const n = positiveInt(opts.n, entriesForPages(), 'n');
const images = positiveInt(opts.images, defaultImagePool, 'images');
const lighthouseRuns = positiveInt(opts['lighthouse-runs'], 3, 'lighthouse-runs');
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');

// ---------------------------------------------------------------- formatting
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kib = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(0)} KiB`);
const secs = (s: number) => (s >= 120 ? `${Math.floor(s / 60)} min ${(s % 60).toFixed(0).padStart(2, '0')} s` : `${s.toFixed(1)} s`);
/** A Markdown table, columns padded so it also reads well in a terminal. */
function table(head: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  // Chinese, Japanese and Korean characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const pad = (text: string, to: number, left: boolean) =>
    left ? ' '.repeat(Math.max(0, to - width(text))) + text : text + ' '.repeat(Math.max(0, to - width(text)));
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const cell = (text: string, i: number) => pad(text, widths[i]!, align[i] === 'r');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
const heading = (title: string) => console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}\n`);

// ---------------------------------------------------------------- machine
const chromiumVersion = (() => {
  if (!isExecutable(chromiumPath)) return 'not found';
  const run = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return run.stdout?.trim() || 'unknown';
})();
const lighthouseVersion = (() => {
  try {
    return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();
const machine = {
  date: new Date().toISOString(),
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism(),
  memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: chromiumVersion,
  lighthouse: lighthouseVersion,
  loadAtStart: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};
heading('Machine');
console.log(
  table(
    ['', ''],
    [
      ['date', machine.date],
      ['CPU', `${machine.cpu}, ${machine.cores} cores`],
      ['memory', machine.memory],
      ['Node', machine.node],
      ['system', machine.os],
      ['Chromium', machine.chromium],
      ['Lighthouse', machine.lighthouse],
      ['load average (1, 5, 15 min)', machine.loadAtStart],
    ],
  ),
);
if (os.loadavg()[0]! > machine.cores * 0.5)
  console.log(`\nNote: the machine is busy (load ${machine.loadAtStart}); timings will be slower than on an idle machine.`);

/** Runs a section; an error (not a slow figure) is reported, the other sections still run, and the exit code is 1. */
async function section<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    console.error(`\n✗ The ${name} section failed: ${error instanceof Error ? error.message : String(error)}`);
    failed.push(name);
    process.exitCode = 1;
    return undefined;
  }
}
const failed: string[] = [];

const results: {
  machine: typeof machine;
  search?: SearchRow[];
  lighthouse?: LighthouseRow[];
  build?: Omit<BuildBench, 'site'> & { n: number; images: number; files: number };
} = { machine };
const skipped: string[] = [];
const haveChromium = isExecutable(chromiumPath);
const haveSite = existsSync(path.join(dist, 'index.html'));

// ---------------------------------------------------------------- search
if (opts['skip-search']) skipped.push('search (--skip-search)');
else if (!haveChromium) skipped.push(`search (no Chromium at ${chromiumPath}; set CHROMIUM_PATH)`);
else if (!existsSync(path.join(dist, 'pagefind'))) skipped.push(`search (no search index in ${path.relative(root, dist)}/: run npm run build first)`);
else {
  heading(`Search: first query on a cold cache, phone-sized window (${path.relative(root, dist)}/)`);
  results.search = await section('search', () => benchSearch(dist, site.basePath));
}

// ---------------------------------------------------------------- lighthouse
if (opts['skip-lighthouse']) skipped.push('lighthouse (--skip-lighthouse)');
else if (!haveChromium) skipped.push(`lighthouse (no Chromium at ${chromiumPath}; set CHROMIUM_PATH)`);
else if (!haveSite) skipped.push(`lighthouse (no built site in ${path.relative(root, dist)}/: run npm run build first)`);
else {
  heading(`Lighthouse ${machine.lighthouse}, mobile (${path.relative(root, dist)}/ served locally with its _headers)`);
  results.lighthouse = await section('lighthouse', () =>
    benchLighthouse(dist, {
      basePath: site.basePath,
      runs: lighthouseRuns,
      onRow: (row) =>
        console.log(
          `  ${row.page} (${row.locale}): ${row.error ? `error: ${row.error}` : lighthouseCategories.map((c) => `${c} ${row.scores[c] ?? '–'}`).join(', ')}${row.performanceRange ? ` (performance ${row.performanceRange[0]}–${row.performanceRange[1]} over ${row.runs} runs)` : ''}`,
        ),
    }),
  );
}

// ---------------------------------------------------------------- build
if (opts['skip-build']) skipped.push('build (--skip-build)');
else {
  heading(`Build of a synthetic site: ${n} entries per collection in 6 locales`);
  const buildDate = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const bench = await section('build', () => benchBuild({ n, images, buildDate, keep: opts.keep, ...(opts.out ? { out: opts.out } : {}) }));
  if (bench) {
    const { site: synthetic, ...rest } = bench;
    results.build = { ...rest, n, images: synthetic.images.length, files: Object.values(synthetic.files).reduce((a, b) => a + b, 0) };
    if (synthetic.dir) console.log(`The synthetic site is kept in ${synthetic.dir}`);
  }
}

// ---------------------------------------------------------------- summary
heading('Results');
console.log(`${machine.date.slice(0, 10)} · ${machine.cpu}, ${machine.cores} cores, ${machine.memory} · Node ${machine.node} · ${machine.chromium}\n`);

if (results.build) {
  const b = results.build;
  console.log(`Build (synthetic site: ${b.n} entries per collection, ${b.files} entry files, ${b.images} pool pictures; figures, not limits)\n`);
  console.log(
    table(
      ['', 'cold (no caches)', 'warm (1 file edited)'],
      [
        ['HTML pages', String(b.htmlPages), String(b.htmlPages)],
        ['wall time', secs(b.cold.seconds), secs(b.warm.seconds)],
        ['pages per second', (b.htmlPages / b.cold.seconds).toFixed(1), (b.htmlPages / b.warm.seconds).toFixed(1)],
        ['peak memory (RSS, whole process tree)', mib(b.cold.peakRss), mib(b.warm.peakRss)],
        ['most processes at once', String(b.cold.peakProcesses), String(b.warm.peakProcesses)],
      ],
      ['l', 'r', 'r'],
    ),
  );
  const names = [...new Set([...b.cold.steps, ...b.warm.steps].map((s) => s.name))];
  console.log('\nBy step\n');
  console.log(
    table(
      ['step', 'cold', 'warm'],
      names.map((name) => {
        const time = (steps: typeof b.cold.steps) => {
          const step = steps.find((s) => s.name === name);
          return step ? secs(step.seconds) : '–';
        };
        return [name, time(b.cold.steps), time(b.warm.steps)];
      }),
      ['l', 'r', 'r'],
    ),
  );
  console.log(`\nWarm build ${b.ratio.toFixed(1)}× faster than cold: ${b.ratio >= 3 ? 'meets' : 'does NOT meet'} the 3× target.`);
}

if (results.lighthouse) {
  const rows = results.lighthouse;
  console.log(
    `\nLighthouse ${machine.lighthouse}, mobile (simulated slow 4G, 4× CPU slowdown), local server without compression; median of ${lighthouseRuns} run(s) per page by performance score${lighthouseRuns > 1 ? ', its range in brackets' : ''}\n`,
  );
  console.log(
    table(
      ['page', 'lang', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'weight'],
      rows.map((r) => [
        r.page,
        r.locale,
        ...lighthouseCategories.map(
          (c) => `${r.scores[c] ?? '–'}${c === 'performance' && r.performanceRange ? ` (${r.performanceRange[0]}–${r.performanceRange[1]})` : ''}`,
        ),
        r.lcpMs === undefined ? '–' : `${(r.lcpMs / 1000).toFixed(1)} s`,
        r.cls === undefined ? '–' : r.cls.toFixed(3),
        r.tbtMs === undefined ? '–' : `${r.tbtMs.toFixed(0)} ms`,
        kib(r.totalBytes),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  const indexes = rows.map((r) => r.benchmarkIndex).filter((i): i is number => typeof i === 'number');
  if (indexes.length)
    console.log(
      `\nLighthouse's CPU benchmark index during these runs: ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)} (higher is faster; TBT and the performance score move with it)`,
    );
  const errors = rows.filter((r) => r.error);
  for (const r of errors) console.log(`  ${r.page} (${r.locale}): ${r.error}`);
  // What kept a score under 100, audit by audit, with the pages it concerns.
  const findings = new Map<string, { category: string; title: string; pages: string[]; worst: number; value?: string }>();
  for (const r of rows) {
    for (const f of r.failed) {
      const key = `${f.category}:${f.id}`;
      const entry = findings.get(key) ?? { category: f.category, title: f.title, pages: [], worst: 1 };
      entry.pages.push(`${r.page} ${r.locale}`);
      if (f.score <= entry.worst) {
        entry.worst = f.score;
        if (f.displayValue) entry.value = f.displayValue;
      }
      findings.set(key, entry);
    }
  }
  if (findings.size) {
    console.log('\nAudits below a full score (worst score, worst value, pages)\n');
    const order = (c: string) => lighthouseCategories.indexOf(c as never);
    console.log(
      table(
        ['category', 'audit', 'worst', 'value', 'pages'],
        [...findings.entries()]
          .sort(([, a], [, b]) => order(a.category) - order(b.category) || a.worst - b.worst)
          .map(([key, f]) => [
            f.category,
            `${f.title} (${key.split(':')[1]})`,
            f.worst.toFixed(2),
            f.value ?? '',
            f.pages.length === rows.length ? 'all' : f.pages.join(', '),
          ]),
      ),
    );
  }
}

if (results.search) {
  console.log('\nSearch, first query on a cold cache\n');
  console.log(
    table(
      ['locale', 'query', 'results', 'time to results', 'fetched for the query', 'search page before typing'],
      results.search.map((r) => [
        r.locale,
        r.query,
        String(r.results),
        `${r.ms.toFixed(0)} ms`,
        `${kib(r.queryBytes)} (${r.queryFiles} files)`,
        kib(r.pageBytes),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r'],
    ),
  );
}

if (skipped.length) console.log(`\nSkipped: ${skipped.join('; ')}`);
if (failed.length) console.log(`\nFailed (see the errors above): ${failed.join(', ')}`);
console.log(
  `\nLoad average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
if (opts.json) {
  writeFileSync(opts.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Figures written to ${opts.json}`);
}
