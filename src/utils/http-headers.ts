/**
 * The site's HTTP response headers: who may frame it, the Content-Security-Policy, and the
 * other security headers. One list of rules serves the `_headers` file (Cloudflare Pages,
 * Netlify), the nginx sample and the static server of the tests, and the same policies go into
 * each page as a `<meta>` tag (scripts/lib/csp.ts), so a host that sends no headers still
 * enforces them.
 *
 * Framing: normal pages refuse every other site (X-Frame-Options SAMEORIGIN and CSP
 * `frame-ancestors 'self'`); the widgets under `/embed/` allow the portal origins in site config.
 */
import { localeCodes } from '../config/locales.ts';
import { localizedPath, withBase } from './urls.ts';

export interface HeaderRule {
  /** Path pattern; `*` matches the rest of the path. */
  path: string;
  /** Header values; a name listed in `detach` is removed first (Cloudflare's `! Name`). */
  headers: Record<string, string>;
  /** Headers inherited from earlier rules that this rule drops before setting its own. */
  detach?: string[];
}

/** The three kinds of page, each with its own policy. */
export type PolicyKind = 'site' | 'widget' | 'admin';

export interface PolicyInputs {
  /** `'sha256-…'` sources of the inline scripts of the pages of this kind. */
  scriptHashes: readonly string[];
  /** The map's tile URL template (site.map.tileUrl). */
  tileUrl: string;
  /** Where the product enquiry form posts (site.enquiryEndpoint). */
  enquiryEndpoint?: string | undefined;
  /** Sites allowed to frame the widgets (site.embedOrigins). */
  embedOrigins: readonly string[];
  /** Origins the CMS talks to: its Git backend's API, login and media hosts. */
  cmsOrigins: readonly string[];
  /**
   * Video players the page (or the one page a header rule is for) may frame after the reader
   * presses play: the `playerOrigins` of the hosts of its video facades. Empty on other pages.
   */
  frameOrigins?: readonly string[];
}

/** The origin of a URL or URL template, with Leaflet's `{s}` subdomain as a wildcard. */
export function originOf(url: string): string | undefined {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url.trim());
  if (!match) return undefined;
  return `${match[1]!.toLowerCase()}://${match[2]!.replace(/\{s\}/g, '*').toLowerCase()}`;
}

const unique = (values: readonly (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/**
 * The Content-Security-Policy of one kind of page. No `unsafe-inline` for scripts: inline
 * scripts are allowed by hash. Styles keep `unsafe-inline`, which Astro's image and layout
 * attributes and Decap's styled components need; CSS cannot run script. Pagefind needs
 * `wasm-unsafe-eval` to start its WebAssembly search engine, and Decap needs `unsafe-eval`
 * (its form validation compiles schemas with `new Function`). A `<meta>` policy cannot carry
 * `frame-ancestors`, so `forMeta` leaves it out; the header carries it. Clips and captions are
 * the site's own files (`media-src 'self'`); a page with a YouTube, Facebook or TikTok facade
 * may frame that host's player (`frameOrigins`), and no page may frame any other site.
 */
export function contentSecurityPolicy(kind: PolicyKind, inputs: PolicyInputs, { forMeta = false } = {}): string {
  const hashes = inputs.scriptHashes.map((h) => `'${h}'`);
  const tiles = originOf(inputs.tileUrl);
  const cms = kind === 'admin' ? inputs.cmsOrigins : [];
  const directives: [string, (string | undefined)[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", kind === 'admin' ? "'unsafe-eval'" : "'wasm-unsafe-eval'", ...hashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', kind === 'admin' ? undefined : tiles, ...cms]],
    ['font-src', ["'self'"]],
    // Decap reads uploaded pictures back with fetch() from blob: URLs.
    ['connect-src', ["'self'", ...(kind === 'admin' ? ['blob:', 'data:'] : []), ...cms]],
    ['media-src', ["'self'", ...(kind === 'admin' ? ['blob:'] : [])]],
    ['frame-src', ["'self'", ...(kind === 'admin' ? ['blob:'] : []), ...(inputs.frameOrigins ?? [])]],
    ['worker-src', ["'self'", ...(kind === 'admin' ? ['blob:'] : [])]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'", kind === 'site' || kind === 'widget' ? originOf(inputs.enquiryEndpoint ?? '') : undefined, ...cms]],
  ];
  if (!forMeta) directives.push(['frame-ancestors', ["'self'", ...(kind === 'widget' ? inputs.embedOrigins : [])]]);
  return directives.map(([name, sources]) => `${name} ${unique(sources).join(' ')}`).join('; ');
}

/** Headers every response gets. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on the site uses these; a compromised script or embedded page cannot either. Web Share
  // and the clipboard keep their default (this site only), which the share buttons use.
  'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Path prefixes of the widget pages, one per locale, base path included. */
export function embedPrefixes(base: string): string[] {
  return localeCodes.map((locale) => withBase(`${localizedPath(locale)}embed/`, base));
}

export const adminPrefix = (base: string) => withBase('/admin/', base);

/** Which policy a path falls under. */
export function policyKindOf(pathname: string, base: string): PolicyKind {
  if (pathname.startsWith(adminPrefix(base))) return 'admin';
  return embedPrefixes(base).some((prefix) => pathname.startsWith(prefix)) ? 'widget' : 'site';
}

/** A page whose policy differs from its kind's: one that frames a video player after a click. */
export interface PagePolicy {
  /** The page's path, base path included (`/ja/destinations/x/`). */
  path: string;
  policy: string;
}

/**
 * The header rules: one per kind of page, then one per page with its own policy (a page with a
 * video facade). A page rule matches that path exactly and replaces the policy its kind's rule
 * set, since browsers enforce the header and the `<meta>` both, and the header must not block
 * the player the meta allows.
 */
export function securityRules(base: string, policies: Readonly<Record<PolicyKind, string>>, pagePolicies: readonly PagePolicy[] = []): HeaderRule[] {
  const replace = ['X-Frame-Options', 'Content-Security-Policy'];
  return [
    {
      path: `${withBase('/', base)}*`,
      headers: { ...commonSecurityHeaders, 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': policies.site },
    },
    // Widgets drop X-Frame-Options: old browsers that know only that header would refuse the portal.
    ...embedPrefixes(base).map((prefix) => ({ path: `${prefix}*`, detach: replace, headers: { 'Content-Security-Policy': policies.widget } })),
    { path: `${adminPrefix(base)}*`, detach: ['Content-Security-Policy'], headers: { 'Content-Security-Policy': policies.admin } },
    ...pagePolicies.map(({ path, policy }) => ({ path, detach: ['Content-Security-Policy'], headers: { 'Content-Security-Policy': policy } })),
  ];
}

/**
 * Astro names its built assets by content hash, and so does the site its served uploads
 * (`/files/`, see `published-files.ts`), so a browser may keep them for a year without asking
 * again; a new build gives changed files new names.
 */
export function cachingRules(base: string): HeaderRule[] {
  const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };
  return [
    { path: `${withBase('/_astro/', base)}*`, headers: immutable },
    { path: `${withBase('/files/', base)}*`, headers: immutable },
  ];
}

/** Cloudflare Pages reads at most 100 rules from `_headers`. */
export const maxHeaderRules = 100;

/** The policies the `security-headers` step works out (scripts/lib/csp.ts). */
export interface BuiltPolicies {
  /** Per kind of page. */
  policies: Readonly<Record<PolicyKind, string>>;
  /** Per page with a video facade: its kind's policy plus the players it frames. */
  pagePolicies: readonly PagePolicy[];
  /** Per kind of page, allowing every player any page of that kind frames. */
  policiesWithAllPlayers: Readonly<Record<PolicyKind, string>>;
}

/**
 * Every rule of `_headers`: the security rules with one rule per page with a video facade, and
 * the caching rules. Should that pass the number of rules a host reads (one page rule per
 * language of every entry with a YouTube, Facebook or TikTok video), each kind's header instead
 * allows every player its pages frame, and each page's `<meta>`, which browsers enforce as well,
 * still narrows it to the page's own players.
 */
export function headerRules(base: string, built: BuiltPolicies, maxRules = maxHeaderRules): { rules: HeaderRule[]; perPage: boolean } {
  const rules = [...securityRules(base, built.policies, built.pagePolicies), ...cachingRules(base)];
  if (rules.length <= maxRules) return { rules, perPage: true };
  return { rules: [...securityRules(base, built.policiesWithAllPlayers), ...cachingRules(base)], perPage: false };
}

/** The rules in the `_headers` format of Cloudflare Pages (`! Name` detaches an inherited header). */
export function headersFile(rules: readonly HeaderRule[]): string {
  return `${rules
    .map((r) => [r.path, ...(r.detach ?? []).map((name) => `  ! ${name}`), ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')}\n`;
}

const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers)
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
    .join('\n');

/**
 * A sample nginx server block applying the same rules. A rule ending in `*` is a prefix
 * `location`; a rule for one page is an exact `location =` for its address and for the
 * `index.html` nginx serves it from (the `index` directive looks locations up again for that
 * name, and the headers of the location that serves the file are the ones sent).
 */
export function nginxConfig(base: string, rules: readonly HeaderRule[], root = '/var/www/province-showcase/dist'): string {
  const [all, ...specific] = rules;
  // add_header in a location replaces every server-level add_header, so each location repeats
  // them: the headers of a location are those every matching rule gives its path, as on Cloudflare.
  const location = (match: string, headers: Record<string, string>) => `    location ${match} {\n${nginxHeaders(headers, '        ')}\n    }`;
  const locations = specific
    .flatMap((rule) => {
      if (rule.path.endsWith('*')) {
        const prefix = rule.path.slice(0, -1);
        return [location(prefix, headersFor(rules, prefix))];
      }
      const headers = headersFor(rules, rule.path);
      const paths = rule.path.endsWith('/') ? [rule.path, `${rule.path}index.html`] : [rule.path];
      return paths.map((path) => location(`= ${path}`, headers));
    })
    .join('\n\n');
  return `# Security headers of province-showcase (generated by \`npm run nginx:config\` after a build).
server {
    listen 80;
    root ${root};
    index index.html;
    error_page 404 ${withBase('/404.html', base)};
${nginxHeaders(all!.headers, '    ')}

${locations}
}
`;
}

/** Reads a `_headers` file back into rules (the static server of the tests applies them like a host would). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) (rule.detach ??= []).push(detach[1]!);
    else {
      const at = line.indexOf(':');
      if (at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers that apply to `pathname`, as Cloudflare Pages combines them: every matching rule
 * in file order; a header set twice is joined with a comma, and `! Name` removes it first.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.path
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/gi, '[^/]+')}$`,
    );
    if (!pattern.test(pathname)) continue;
    for (const name of rule.detach ?? []) delete out[name];
    for (const [name, value] of Object.entries(rule.headers)) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}
