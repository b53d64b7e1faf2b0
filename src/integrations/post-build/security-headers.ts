/**
 * Post-build step: a Content-Security-Policy `<meta>` in every page (scripts/lib/csp.ts), then
 * `_headers` with the same policies and the other security and caching headers
 * (src/utils/http-headers.ts). It runs after every step that changes HTML, so the script
 * hashes match the bytes that are served.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { backendFromEnv, cmsOrigins } from '../../../cms/backend.ts';
import { site } from '../../config/site.ts';
import { headerRules, headersFile, maxHeaderRules } from '../../utils/http-headers.ts';
import type { PostBuildStep } from './step.ts';

export const securityHeadersStep: PostBuildStep = {
  name: 'security-headers',
  title: 'Content-Security-Policy and security headers',
  async run({ dir, basePath, logger }) {
    const { applyContentSecurityPolicy } = await import('../../../scripts/lib/csp.ts');
    const csp = await applyContentSecurityPolicy(dir, basePath, {
      tileUrl: site.map.tileUrl,
      enquiryEndpoint: site.enquiryEndpoint,
      embedOrigins: site.embedOrigins,
      cmsOrigins: cmsOrigins(backendFromEnv(process.env)),
    });
    const { rules, perPage } = headerRules(basePath, csp);
    await writeFile(path.join(dir, '_headers'), headersFile(rules));
    if (!perPage) {
      logger.warn(
        `${csp.pagePolicies.length} pages frame a video player, too many for one _headers rule each (a host reads at most ${maxHeaderRules} rules): the header policy of every page allows every player the site uses, and each page's <meta> only its own`,
      );
    }
    logger.info(
      `a policy <meta> in ${csp.pages} page(s), ${csp.pagePolicies.length} of them with a video player they may frame after a click; wrote _headers (widgets under /embed/ may be framed by ${site.embedOrigins.join(', ')}; other pages by no other site)`,
    );
  },
};
