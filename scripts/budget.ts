/**
 * `npm run budget`: the byte budget report of the built site (scripts/lib/budgets.ts). It lists
 * the heaviest page of each template, the heaviest pages and assets overall, and every page over
 * budget, and exits non-zero if there is one. tests/build/budgets.test.ts enforces the same rules.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { htmlFiles } from './lib/built-html.ts';
import { budgets, isAppPage, kib, overBudget, toolTemplates, weighPage, type PageWeight } from './lib/budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(dist)) {
  console.error(`No ${path.relative(root, dist)}/: run npm run build first.`);
  process.exit(1);
}

const cache = new Map<string, unknown>();
const pages = htmlFiles(dist)
  .map((f) => weighPage(dist, f, site.basePath, cache))
  .filter((p) => !isAppPage(p.urlPath));

const heaviest = new Map<string, PageWeight>();
for (const p of pages) if ((heaviest.get(p.template)?.total ?? -1) < p.total) heaviest.set(p.template, p);

const col = (s: string, n: number) => s.padStart(n);
console.log(
  `Byte budgets (gzip): page ${kib(budgets.page)}, fonts ${kib(budgets.fonts)}, JavaScript on load ${kib(budgets.eagerScript)} (tools: ${kib(budgets.toolScript)})\n`,
);
console.log(`${'template (heaviest page)'.padEnd(34)}${col('HTML', 10)}${col('CSS', 10)}${col('JS', 10)}${col('total', 10)}${col('fonts', 10)}  page`);
for (const p of [...heaviest.values()].sort((a, b) => b.total - a.total)) {
  const css = p.css.reduce((n, a) => n + a.bytes, 0);
  console.log(
    `${`${p.template}${toolTemplates.has(p.template) ? ' (tool)' : ''}`.padEnd(34)}${col(kib(p.html), 10)}${col(kib(css), 10)}${col(kib(p.scriptTotal), 10)}${col(kib(p.total), 10)}${col(kib(p.fontTotal), 10)}  ${p.urlPath}`,
  );
}

console.log('\nHeaviest pages');
for (const p of [...pages].sort((a, b) => b.total - a.total).slice(0, 5)) console.log(`  ${kib(p.total).padStart(10)}  ${p.urlPath}`);

const assets = new Map<string, { bytes: number; pages: number }>();
for (const p of pages) {
  for (const a of [...p.css, ...p.script, ...p.fonts]) {
    if (a.url === 'inline') continue;
    const seen = assets.get(a.url) ?? { bytes: a.bytes, pages: 0 };
    seen.pages += 1;
    assets.set(a.url, seen);
  }
}
console.log('\nHeaviest assets loaded by pages (gzip; fonts as stored)');
for (const [url, a] of [...assets].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, 8)) {
  console.log(`  ${kib(a.bytes).padStart(10)}  on ${String(a.pages).padStart(3)} page(s)  ${url}`);
}
const bigFiles = (readdirSync(path.join(dist, '_astro')) as string[])
  .map((name) => ({ name, bytes: statSync(path.join(dist, '_astro', name)).size }))
  .filter((f) => /\.(js|css)$/.test(f.name))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 3);
console.log('\nLargest code files, loaded only where used (uncompressed)');
for (const f of bigFiles) console.log(`  ${kib(f.bytes).padStart(10)}  /_astro/${f.name}`);

const failures = pages.flatMap((p) => overBudget(p).map((problem) => `${p.urlPath}: ${problem}`));
if (failures.length) {
  console.error(`\n✗ ${failures.length} budget problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n✓ ${pages.length} pages within budget`);
