/**
 * Benchmark section: Lighthouse (mobile, its default settings with simulated slow 4G and a
 * slower CPU) on a few typical pages of a built site, served locally by the static server that
 * applies `_headers`. Debian's Chromium is started by chrome-launcher (Lighthouse's own
 * launcher) with the project's Chromium flags; nothing is fetched from the network.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import type { Locale } from '../../src/config/locales.ts';
import { localizedPath } from '../../src/utils/urls.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof lighthouseCategories)[number];

export interface LighthouseRow {
  page: string;
  locale: Locale;
  url: string;
  /** 0–100 per category; undefined when Lighthouse could not score it. */
  scores: Partial<Record<Category, number>>;
  lcpMs?: number;
  cls?: number;
  tbtMs?: number;
  totalBytes?: number;
  /** Lighthouse's own CPU speed measure for this run (higher is faster; a busy machine scores lower). */
  benchmarkIndex?: number;
  /** Runs made; the row is the run with the median performance score. */
  runs?: number;
  /** Lowest and highest performance score of the runs. */
  performanceRange?: [number, number];
  /** Audits that scored below 1, per category. */
  failed: { category: Category; id: string; title: string; score: number; displayValue?: string }[];
  error?: string;
}

export interface BenchPage {
  name: string;
  /** Path inside a locale, as for localizedPath ('' is the home page). */
  path: string;
}

/** The pages to measure: home, a festival, the OCOP catalogue, a handbook chapter (first ones found in the build). */
export function defaultPages(dist: string): BenchPage[] {
  const firstDir = (rel: string, preferred: string, skip: string[] = []) => {
    const dir = path.join(dist, rel);
    if (existsSync(path.join(dir, preferred, 'index.html'))) return preferred;
    const found = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && !skip.includes(e.name) && existsSync(path.join(dir, e.name, 'index.html')))
      : undefined;
    return found?.name ?? preferred;
  };
  return [
    { name: 'home', path: '' },
    { name: 'festival', path: `festivals/${firstDir('festivals', 'le-hoi-sen')}` },
    { name: 'OCOP catalogue', path: 'products' },
    { name: 'handbook chapter', path: `invest/handbook/${firstDir('invest/handbook', 'tong-quan', ['book'])}` },
  ];
}

/** One Lighthouse run of `url` in the browser listening on `port`. */
async function measure(url: string, port: number, page: string, locale: Locale): Promise<LighthouseRow> {
  const row: LighthouseRow = { page, locale, url, scores: {}, failed: [] };
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    if (lhr.runtimeError) row.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? undefined;
    row.lcpMs = numeric('largest-contentful-paint');
    row.cls = numeric('cumulative-layout-shift');
    row.tbtMs = numeric('total-blocking-time');
    row.totalBytes = numeric('total-byte-weight');
    row.benchmarkIndex = lhr.environment.benchmarkIndex;
    for (const category of lighthouseCategories) {
      const cat = lhr.categories[category];
      if (!cat) continue;
      if (typeof cat.score === 'number') row.scores[category] = Math.round(cat.score * 100);
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || typeof audit.score !== 'number' || audit.score >= 1) continue;
        if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
        row.failed.push({ category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
      }
    }
  } catch (error) {
    row.error = error instanceof Error ? error.message : String(error);
  }
  return row;
}

export interface LighthouseOptions {
  basePath?: string;
  locales?: Locale[];
  pages?: BenchPage[];
  executablePath?: string;
  /** Runs per page; the run with the median performance score is reported (Lighthouse's own advice on a noisy machine). */
  runs?: number;
  onRow?: (row: LighthouseRow) => void;
}

export async function benchLighthouse(
  dist: string,
  { basePath = '/', locales = ['vi', 'ja'] as Locale[], pages = defaultPages(dist), executablePath = chromiumPath, runs = 3, onRow }: LighthouseOptions = {},
): Promise<LighthouseRow[]> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);
  // chrome-launcher comes with Lighthouse (it is not a dependency of ours): resolve it from there.
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
  const chromeLauncher = (await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)) as typeof import('chrome-launcher');
  const server = await serveStatic(dist, basePath);
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: chromiumArgs, logLevel: 'silent' });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      for (const locale of locales) {
        const url = new URL(localizedPath(locale, page.path).slice(1), server.url).href;
        const all: LighthouseRow[] = [];
        for (let run = 0; run < runs; run++) all.push(await measure(url, chrome.port, page.name, locale));
        const scored = all.filter((r) => !r.error && r.scores.performance !== undefined).sort((a, b) => a.scores.performance! - b.scores.performance!);
        const row = scored[Math.floor((scored.length - 1) / 2)] ?? all[0]!;
        if (scored.length > 1) row.performanceRange = [scored[0]!.scores.performance!, scored.at(-1)!.scores.performance!];
        row.runs = all.length;
        rows.push(row);
        onRow?.(row);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}
