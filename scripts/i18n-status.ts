/**
 * `npm run i18n:status`: what to translate next. Prints, per collection and locale, how many
 * entries are missing, outdated or up to date, lists the missing and outdated ones, and writes
 * the whole report as JSON (`--json <file>`, default i18n-status.json). Exits non-zero only
 * when UI strings are missing; missing content translations are a warning, since the site
 * serves a fallback for them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, defaultLocale } from '../src/config/locales.ts';
import { collectionNames } from '../src/model/collections.ts';
import { contentStatus, missingUiStrings, type StatusReport } from '../src/model/translation-status.ts';
import { uiStrings } from '../src/i18n/createTranslator.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const jsonAt = process.argv.indexOf('--json');
const jsonFile = path.resolve(jsonAt > 0 ? process.argv[jsonAt + 1]! : 'i18n-status.json');

const report: StatusReport = { entries: contentStatus(repo), missingUiStrings: missingUiStrings(uiStrings) };
const targets = localeCodes.filter((l) => l !== defaultLocale);

const rows = collectionNames.map((collection) => [
  collection,
  ...targets.map((locale) => {
    const mine = report.entries.filter((e) => e.collection === collection && e.locale === locale);
    const count = (state: string) => mine.filter((e) => e.state === state).length;
    return `${count('up-to-date')}/${mine.length}${count('outdated') ? ` ⚠${count('outdated')}` : ''}${count('missing') ? ` ✗${count('missing')}` : ''}`;
  }),
]);
const header = ['collection', ...targets];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log('Translations: up to date / total, ⚠ outdated, ✗ missing\n');
console.log(line(header));
for (const row of rows) console.log(line(row));

const needsWork = report.entries.filter((e) => e.state !== 'up-to-date');
if (needsWork.length) {
  // A warning, not a failure: readers get a fallback until the translation arrives.
  console.warn(
    `\n⚠ warning: ${needsWork.length} content translation(s) missing or outdated (the site serves a fallback); see the list below or /admin/translations/`,
  );
  console.log('\nTo translate:');
  for (const e of needsWork) console.log(`  ${e.state === 'missing' ? '✗ missing ' : '⚠ outdated'}  ${e.locale}  ${e.collection}/${e.slug}`);
}
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nReport written to ${path.relative(process.cwd(), jsonFile)}`);

const uiMissing = Object.entries(report.missingUiStrings);
if (uiMissing.length) {
  console.error('\nMissing UI strings:');
  for (const [locale, keys] of uiMissing) console.error(`  ${locale}: ${keys.join(', ')}`);
  process.exit(1);
}
if (report.entries.some((e) => e.state === 'missing')) console.warn('\nWarning: some content has no translation yet; the site shows a fallback for it.');
