/**
 * Security of the built output: a Content-Security-Policy in every page that allows exactly its
 * own inline scripts, the same policies as headers, no script-bearing markup anywhere, and no
 * secret, token or build environment value in any file that is published.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes } from '../../scripts/lib/csp.ts';
import { headersFor, parseHeadersFile, policyKindOf } from '../../src/utils/http-headers.ts';
import { htmlFiles, urlPathOf } from '../support/dist.ts';
import { distDir, secretCanaries } from '../support/site.ts';

const pages = htmlFiles(distDir).map((file) => ({ file, urlPath: urlPathOf(distDir, file), html: readFileSync(file, 'utf8') }));
const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  test('every page carries its policy before anything else that runs, and allows exactly its own inline scripts', () => {
    expect(pages.length).toBeGreaterThan(400);
    for (const { urlPath, html } of pages) {
      const $ = cheerio.load(html);
      const meta = $('head meta[http-equiv="Content-Security-Policy"]');
      expect(meta.length, urlPath).toBe(1);
      expect($('head > *').index(meta), `${urlPath}: policy position`).toBeLessThanOrEqual(1);
      expect($('head script').first().index() === -1 || $('head > *').index($('head script').first()) > $('head > *').index(meta), urlPath).toBe(true);
      const scriptSrc = directive(meta.attr('content')!, 'script-src');
      expect(scriptSrc, urlPath).not.toContain('unsafe-inline');
      const allowed = scriptSrc.match(/'sha256-[^']+'/g)?.map((h) => h.slice(1, -1)) ?? [];
      expect(allowed.sort(), urlPath).toEqual(inlineScriptHashes(html).sort());
    }
  });

  test('the header policy of each kind of page allows every inline script of those pages and sets who may frame them', () => {
    for (const { urlPath, html } of pages) {
      const headers = headersFor(rules, urlPath);
      const policy = headers['Content-Security-Policy'];
      expect(policy, urlPath).toBeDefined();
      // One policy, not two joined ones: a joined pair would be enforced as the stricter of both.
      expect(policy!.match(/default-src/g), urlPath).toHaveLength(1);
      for (const hash of inlineScriptHashes(html)) expect(directive(policy!, 'script-src'), urlPath).toContain(`'${hash}'`);
      const kind = policyKindOf(urlPath, '/');
      expect(directive(policy!, 'frame-ancestors'), urlPath).toBe(
        kind === 'widget' ? "frame-ancestors 'self' https://dongthap.gov.vn https://*.dongthap.gov.vn http://127.0.0.1:47231" : "frame-ancestors 'self'",
      );
      expect(headers['X-Frame-Options'], urlPath).toBe(kind === 'widget' ? undefined : 'SAMEORIGIN');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\)/);
    }
  });

  test('hashed assets are sent with a year-long lifetime', () => {
    const asset = readdirSync(path.join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
    expect(headersFor(rules, `/_astro/${asset}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/ja/festivals/')['Cache-Control']).toBeUndefined();
  });

  test('only the CMS may evaluate code, and only it may talk to its Git backend', () => {
    const admin = headersFor(rules, '/admin/')['Content-Security-Policy']!;
    const site = headersFor(rules, '/ja/festivals/')['Content-Security-Policy']!;
    expect(directive(admin, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(admin, 'connect-src')).toBe("connect-src 'self' blob: data: http://127.0.0.1:8081");
    expect(directive(site, 'script-src')).not.toMatch(/'unsafe-eval'/);
    expect(directive(site, 'connect-src')).toBe("connect-src 'self'");
  });
});

test('no page has an inline event handler or a javascript: URL', () => {
  const problems: string[] = [];
  for (const { urlPath, html } of pages) {
    const $ = cheerio.load(html);
    $('*').each((_, el) => {
      for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs ?? {})) {
        if (/^on/i.test(name)) problems.push(`${urlPath}: <${(el as unknown as { name: string }).name} ${name}>`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(name) && /^\s*(javascript|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
          problems.push(`${urlPath}: ${name}="${value}"`);
        }
      }
    });
  }
  expect(problems).toEqual([]);
});

describe('nothing secret is published', () => {
  const binary = /\.(avif|webp|jpe?g|png|gif|ico|woff2?|pdf|pf_fragment|pf_index|pf_meta|pagefind|wasm|gz)$/i;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!binary.test(name)) files.push(full);
    }
  };
  walk(distDir);
  const texts = files.map((file) => ({ file: path.relative(distDir, file), text: readFileSync(file, 'utf8') }));

  test('the scan reads every kind of published text file', () => {
    const kinds = new Set(texts.map((t) => path.extname(t.file) || t.file));
    for (const kind of ['.html', '.js', '.css', '.json', '.xml', '.ics', '_headers', '.txt']) expect(kinds).toContain(kind);
  });

  test('no stand-in secret or value of a secret-looking environment variable', () => {
    const secretName = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|SESSION|COOKIE|AUTH/i;
    const values = new Map<string, string>(Object.entries(secretCanaries));
    for (const [name, value] of Object.entries(process.env)) if (value && value.length >= 6 && secretName.test(name)) values.set(name, value);
    expect(values.size).toBeGreaterThanOrEqual(3);
    for (const { file, text } of texts) {
      for (const [name, value] of values) expect(text.includes(value), `${file} contains the value of ${name}`).toBe(false);
    }
  });

  test('no other environment value of the build, such as a path on the build machine', () => {
    // Public settings are meant to appear (the site URL, the portal origins, the map tiles), and
    // so is the package's own metadata that npm puts in the environment (its name).
    const published = new Set([
      'SITE_URL',
      'BASE_PATH',
      'EMBED_ORIGINS',
      'MAP_TILE_URL',
      'MAP_ATTRIBUTION',
      'ENQUIRY_ENDPOINT',
      'CMS_LOCAL_URL',
      'CMS_GITLAB_URL',
      'CMS_OAUTH_PROXY_URL',
      'CMS_REPO',
      'CMS_BRANCH',
      'CMS_GITLAB_APP_ID',
      'BUILD_DATE',
    ]);
    const values = Object.entries(process.env).filter(
      ([name, value]) => value && value.length >= 10 && !published.has(name) && !name.startsWith('npm_package_') && !/^(true|false|\d+)$/i.test(value),
    );
    expect(values.length).toBeGreaterThan(3);
    for (const { file, text } of texts) {
      for (const [name, value] of values) expect(text.includes(value!), `${file} contains the value of $${name}`).toBe(false);
    }
  });

  test('nothing shaped like a key or token', () => {
    const shapes: [string, RegExp][] = [
      ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
      ['AWS access key', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
      ['GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
      ['GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/],
      ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/],
      ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
      ['JSON Web Token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
      ['credential in a URL', /\bhttps?:\/\/[^\s/:@"'<>]+:[^\s/@"'<>]{6,}@/],
      ['assigned secret', /["']?(api[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|password)["']?\s*[:=]\s*["'][A-Za-z0-9_\-+/=]{12,}["']/i],
    ];
    const found: string[] = [];
    for (const { file, text } of texts)
      for (const [kind, shape] of shapes) if (shape.test(text)) found.push(`${file}: ${kind} (${shape.exec(text)![0].slice(0, 40)}…)`);
    expect(found).toEqual([]);
  });

  test('the scan would catch a leak', () => {
    const leaked = `<p>${secretCanaries.GITLAB_TOKEN}</p>`;
    expect(/\bglpat-[A-Za-z0-9_-]{20,}\b/.test(leaked)).toBe(true);
  });
});
