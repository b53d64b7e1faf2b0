import { localeCodes } from '../../src/config/locales.ts';
import { describe, expect, test } from 'vitest';
import { parseAccent, textOn } from '../../src/client/embed-frame.ts';
import {
  cachingRules,
  contentSecurityPolicy,
  headerRules,
  headersFile,
  headersFor,
  maxHeaderRules,
  nginxConfig,
  originOf,
  parseHeadersFile,
  policyKindOf,
  securityRules,
  type PolicyInputs,
} from '../../src/utils/http-headers.ts';
import { inlineScriptHashes, insertPolicyMeta } from '../../scripts/lib/csp.ts';
import { cmsOrigins, backendFromEnv } from '../../cms/backend.ts';

const origins = ['https://dongthap.gov.vn', 'https://*.dongthap.gov.vn'];
const inputs: PolicyInputs = {
  scriptHashes: ['sha256-abc='],
  tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
  enquiryEndpoint: 'https://forms.example.net/f/123',
  embedOrigins: origins,
  cmsOrigins: ['http://127.0.0.1:8081'],
};
const policies = {
  site: contentSecurityPolicy('site', inputs),
  widget: contentSecurityPolicy('widget', inputs),
  admin: contentSecurityPolicy('admin', inputs),
};
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('Content-Security-Policy', () => {
  test('scripts run only from the site or by hash; never unsafe-inline', () => {
    for (const policy of Object.values(policies)) {
      expect(directive(policy, 'script-src')).toContain("'self'");
      expect(directive(policy, 'script-src')).toContain("'sha256-abc='");
      expect(directive(policy, 'script-src')).not.toContain('unsafe-inline');
      expect(directive(policy, 'object-src')).toBe("object-src 'none'");
      expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
    }
    expect(directive(policies.site, 'script-src')).toContain("'wasm-unsafe-eval'");
    expect(directive(policies.site, 'script-src')).not.toContain("'unsafe-eval'");
  });

  test('the map tiles, the enquiry service and the CMS backend are the only other hosts', () => {
    expect(directive(policies.site, 'img-src')).toBe("img-src 'self' data: blob: https://*.tile.example.org");
    expect(directive(policies.site, 'form-action')).toBe("form-action 'self' https://forms.example.net");
    expect(directive(policies.site, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policies.admin, 'connect-src')).toBe("connect-src 'self' blob: data: http://127.0.0.1:8081");
    expect(directive(policies.admin, 'script-src')).toContain("'unsafe-eval'");
  });

  test('framing: the widgets allow the portal, other pages only the site itself; meta policies leave it out', () => {
    expect(directive(policies.site, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(policies.widget, 'frame-ancestors')).toBe("frame-ancestors 'self' https://dongthap.gov.vn https://*.dongthap.gov.vn");
    expect(contentSecurityPolicy('widget', inputs, { forMeta: true })).not.toContain('frame-ancestors');
  });

  test('origins of URL templates and CMS backends', () => {
    expect(originOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(originOf('mailto:x@example.org')).toBeUndefined();
    expect(cmsOrigins(backendFromEnv({}))).toEqual(['http://127.0.0.1:8081']);
    expect(
      cmsOrigins(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_GITLAB_APP_ID: 'x', CMS_GITLAB_URL: 'https://git.dongthap.gov.vn/' })),
    ).toEqual(['https://git.dongthap.gov.vn']);
    expect(cmsOrigins(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_OAUTH_PROXY_URL: 'https://auth.example.org' }))).toEqual([
      'https://auth.example.org',
      'https://api.github.com',
      'https://raw.githubusercontent.com',
    ]);
  });

  test('inline scripts are hashed as served; data blocks and external scripts are not', () => {
    const html = '<script>alert(1)</script><script type="module">x()</script><script type="application/ld+json">{}</script><script src="/a.js"></script>';
    // sha256 of "alert(1)", computed independently with `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
    expect(inlineScriptHashes(html)).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=', expect.stringMatching(/^sha256-/)]);
  });

  test('the policy meta goes right after the charset, before any script', () => {
    const out = insertPolicyMeta('<html><head><meta charset="utf-8"><script>x</script></head></html>', "script-src 'self'", 'a.html');
    expect(out).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script>x</script></head></html>`,
    );
    expect(() => insertPolicyMeta(out, 'x', 'a.html')).toThrow(/already has/);
  });
});

describe('security headers', () => {
  test('pages get the site policy and the common headers; widgets and the CMS replace the policy', () => {
    const rules = parseHeadersFile(headersFile(securityRules('/', policies)));
    expect(rules).toEqual(securityRules('/', policies));
    const page = headersFor(rules, '/ko/festivals/le-hoi-sen/');
    expect(page).toMatchObject({
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': policies.site,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(page['Permissions-Policy']).toMatch(/camera=\(\)/);
    for (const path of ['/embed/festivals/', '/ko/embed/festivals/', '/ru/embed/search/']) {
      const widget = headersFor(rules, path);
      expect(widget['Content-Security-Policy']).toBe(policies.widget);
      expect(widget['X-Frame-Options']).toBeUndefined();
      expect(widget['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe(policies.admin);
    expect(headersFor(rules, '/ko/embedded/')['Content-Security-Policy']).toBe(policies.site);
  });

  test('hashed assets may be kept for a year; pages are not given a lifetime', () => {
    const rules = parseHeadersFile(headersFile([...securityRules('/sub/', policies), ...cachingRules('/sub/')]));
    expect(headersFor(rules, '/sub/_astro/global.Ab12.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/sub/_astro/global.Ab12.css')['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/sub/ja/festivals/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/sub/sw.js')['Cache-Control']).toBeUndefined();
    const conf = nginxConfig('/sub/', [...securityRules('/sub/', policies), ...cachingRules('/sub/')]);
    expect(/location \/sub\/_astro\/ \{([^}]*)\}/.exec(conf)![1]).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });

  test('a header set by two rules is joined, as Cloudflare Pages does, unless detached', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n  B: 1\n\n/x/*\n  ! B\n  A: 2\n  B: 2\n');
    expect(headersFor(rules, '/x/y')).toEqual({ A: '1, 2', B: '2' });
  });

  test('under a base path', () => {
    const rules = securityRules('/sub/', policies);
    expect(headersFor(rules, '/sub/ja/embed/festivals/')['Content-Security-Policy']).toBe(policies.widget);
    expect(headersFor(rules, '/ja/embed/festivals/')).toEqual({});
    expect(policyKindOf('/sub/admin/index.html', '/sub/')).toBe('admin');
    expect(policyKindOf('/sub/ja/embed/festivals/index.html', '/sub/')).toBe('widget');
    expect(policyKindOf('/sub/ja/festivals/index.html', '/sub/')).toBe('site');
  });

  test('the nginx sample sends the same headers per location, repeating the common ones', () => {
    const conf = nginxConfig('/', securityRules('/', policies));
    expect(conf).toContain('    add_header X-Frame-Options "SAMEORIGIN" always;');
    expect(conf.match(/location \/(\w\w\/)?embed\/ \{/g)).toHaveLength(localeCodes.length);
    const widget = /location \/ko\/embed\/ \{([^}]*)\}/.exec(conf)![1]!;
    expect(widget).toContain(`add_header Content-Security-Policy "${policies.widget}" always;`);
    expect(widget).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(widget).not.toContain('X-Frame-Options');
    expect(/location \/admin\/ \{([^}]*)\}/.exec(conf)![1]).toContain(policies.admin);
  });
});

describe('pages with a video facade', () => {
  const youtube = 'https://www.youtube-nocookie.com';
  const withPlayer = contentSecurityPolicy('site', { ...inputs, frameOrigins: [youtube] });
  const pagePolicies = [{ path: '/sub/ja/destinations/x/', policy: withPlayer }];
  const rules = [...securityRules('/sub/', policies, pagePolicies), ...cachingRules('/sub/')];

  test('frame exactly their players; other pages frame nothing but the site itself; media only from the site', () => {
    expect(directive(withPlayer, 'frame-src')).toBe(`frame-src 'self' ${youtube}`);
    expect(directive(contentSecurityPolicy('site', { ...inputs, frameOrigins: [youtube] }, { forMeta: true }), 'frame-src')).toBe(
      `frame-src 'self' ${youtube}`,
    );
    expect(directive(policies.site, 'frame-src')).toBe("frame-src 'self'");
    expect(directive(policies.widget, 'frame-src')).toBe("frame-src 'self'");
    // Only frame-src changes.
    expect(withPlayer.replace(` ${youtube}`, '')).toBe(policies.site);
    expect(directive(withPlayer, 'media-src')).toBe("media-src 'self'");
  });

  test('get their own header policy, replacing the site policy for that one address only', () => {
    const parsed = parseHeadersFile(headersFile(rules));
    expect(parsed).toEqual(rules);
    const page = headersFor(parsed, '/sub/ja/destinations/x/');
    expect(page['Content-Security-Policy']).toBe(withPlayer);
    expect(page['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    for (const other of ['/sub/ja/destinations/', '/sub/ja/destinations/x/y/', '/sub/destinations/x/', '/sub/ja/destinations/xy/']) {
      expect(headersFor(parsed, other)['Content-Security-Policy'], other).toBe(policies.site);
    }
  });

  test('too many such pages for the rules a host reads: the header allows every player the site uses, and the meta of each page only its own', () => {
    const tiktok = 'https://www.tiktok.com';
    const allPlayers = contentSecurityPolicy('site', { ...inputs, frameOrigins: [youtube, tiktok] });
    const built = { policies, pagePolicies, policiesWithAllPlayers: { ...policies, site: allPlayers } };
    expect(headerRules('/sub/', built)).toEqual({ rules, perPage: true });
    const many = Array.from({ length: maxHeaderRules }, (_, n) => ({ path: `/sub/destinations/${n}/`, policy: withPlayer }));
    const { rules: merged, perPage } = headerRules('/sub/', { ...built, pagePolicies: many });
    expect(perPage).toBe(false);
    expect(merged.length).toBeLessThanOrEqual(maxHeaderRules);
    expect(headersFor(merged, '/sub/destinations/7/')['Content-Security-Policy']).toBe(allPlayers);
    expect(headersFor(merged, '/sub/ja/embed/festivals/')['Content-Security-Policy']).toBe(policies.widget);
  });

  test('nginx: an exact location for the address and the index.html behind it, with every header of that page', () => {
    const conf = nginxConfig('/sub/', rules);
    for (const match of ['= /sub/ja/destinations/x/', '= /sub/ja/destinations/x/index.html']) {
      const block = new RegExp(`location ${match.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\{([^}]*)\\}`).exec(conf)?.[1];
      expect(block, match).toBeDefined();
      expect(block).toContain(`add_header Content-Security-Policy "${withPlayer}" always;`);
      expect(block).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
      expect(block).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
      expect(block).not.toContain(`"${policies.site}"`);
    }
    // The rest is as before: prefix locations for the widgets, the CMS and the hashed files.
    expect(/location \/sub\/ko\/embed\/ \{([^}]*)\}/.exec(conf)![1]).toContain(policies.widget);
    expect(/location \/sub\/files\/ \{([^}]*)\}/.exec(conf)![1]).toContain('Cache-Control "public, max-age=31536000, immutable"');
  });
});

describe('widget options', () => {
  test('only hex colours reach the CSS', () => {
    expect(parseAccent('#C2185B')).toBe('#c2185b');
    expect(parseAccent('0a7')).toBe('#00aa77');
    expect(parseAccent('red;background:url(x)')).toBeUndefined();
    expect(parseAccent('#12345')).toBeUndefined();
    expect(parseAccent(null)).toBeUndefined();
  });

  test('text on the accent is black or white, whichever contrasts more', () => {
    expect(textOn('#c2185b')).toBe('#ffffff');
    expect(textOn('#ffeb3b')).toBe('#000000');
    expect(textOn('#0d5c3b')).toBe('#ffffff');
  });
});
