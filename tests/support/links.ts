/** linkinator over a served site: every internal link, stylesheet reference and #fragment must resolve. */
import { LinkChecker } from 'linkinator';

/** Crawls from `start` and returns how many links were checked and the broken ones, with the page they are on. */
export async function brokenLinks(start: string) {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: start,
    recurse: true,
    concurrency: 8,
    checkCss: true,
    checkFragments: true,
    // External sites are out of reach here; only the site's own links are checked.
    linksToSkip: async (link) => !link.startsWith(start),
  });
  const checked = result.links.filter((l) => l.state !== 'SKIPPED').length;
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
  return { checked, broken };
}
