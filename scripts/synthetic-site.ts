/**
 * `node scripts/synthetic-site.ts --n 122 --out /tmp/site [--images 48]`: writes a synthetic copy
 * of the project with N entries per collection in every locale and a pool of derived photos
 * (see scripts/lib/synthetic-site.ts), ready for `cd /tmp/site && node scripts/build.ts`.
 * `npm run bench` makes one itself; this is for looking at it or building it by hand.
 */
import { parseArgs } from 'node:util';
import { validateContent, formatProblem } from '../src/model/validate.ts';
import { createSyntheticSite, defaultImagePool, entriesForPages } from './lib/synthetic-site.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    out: { type: 'string' },
    images: { type: 'string' },
    validate: { type: 'boolean', default: true },
    'no-validate': { type: 'boolean' },
  },
});
if (!values.out) {
  console.error('Usage: node scripts/synthetic-site.ts --out <folder> [--n <entries per collection>] [--images <pool size>] [--no-validate]');
  process.exit(2);
}
const n = values.n ? Number(values.n) : entriesForPages();
const images = values.images ? Number(values.images) : defaultImagePool;
const started = performance.now();
const site = await createSyntheticSite({ n, out: values.out, images });
const written = Object.values(site.files).reduce((a, b) => a + b, 0);
console.log(
  `Synthetic site in ${site.dir}: ${n} entries per collection (${written} files), ${site.images.length} pool pictures, about ${site.expectedPages} HTML pages; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (!values['no-validate']) {
  const problems = await validateContent(`${site.dir}/content`);
  for (const p of problems.slice(0, 20)) console.error(`  ✗ ${formatProblem(p)}`);
  if (problems.length) {
    console.error(`${problems.length} content problem(s)`);
    process.exit(1);
  }
  console.log('  content is valid');
}
