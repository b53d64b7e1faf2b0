/** Validates `content/` and exits non-zero, listing every problem, if anything is wrong. */
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../src/model/validate.ts';

const root = fileURLToPath(new URL('../content/', import.meta.url));
const problems = await validateContent(root);
if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem(s)\n`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log('Content check passed.');
