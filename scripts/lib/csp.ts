/**
 * Build step: a Content-Security-Policy `<meta>` in every page, allowing exactly the inline
 * scripts of that page by their SHA-256 hash (no `unsafe-inline`), and the header policies for
 * `_headers` and the nginx sample, which allow the inline scripts of every page of their kind.
 * It runs last, on the finished HTML, so the hashes match the bytes that are served.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, policyKindOf, type PolicyInputs, type PolicyKind } from '../../src/utils/http-headers.ts';
import { withBase } from '../../src/utils/urls.ts';
import { htmlFiles, isExecutableScript, urlPathOf } from './built-html.ts';

/** `sha256-…` of each inline script that runs (JSON and JSON-LD data blocks do not). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1]!;
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (!isExecutableScript(type)) continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/** Puts the policy first in `<head>` (right after the charset), before any script it governs. */
export function insertPolicyMeta(html: string, policy: string, file: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error(`${file} already has a Content-Security-Policy <meta>`);
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error(`${file} has no <head> for its Content-Security-Policy`);
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

export interface CspResult {
  pages: number;
  /** Header policies (with `frame-ancestors`) per kind of page. */
  policies: Record<PolicyKind, string>;
}

export async function applyContentSecurityPolicy(dir: string, base: string, inputs: Omit<PolicyInputs, 'scriptHashes'>): Promise<CspResult> {
  const union: Record<PolicyKind, Set<string>> = { site: new Set(), widget: new Set(), admin: new Set() };
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    const rel = path.relative(dir, file);
    const kind = policyKindOf(withBase(urlPathOf(dir, file), base), base);
    const html = await readFile(file, 'utf8');
    const hashes = inlineScriptHashes(html);
    for (const hash of hashes) union[kind].add(hash);
    await writeFile(file, insertPolicyMeta(html, contentSecurityPolicy(kind, { ...inputs, scriptHashes: hashes }, { forMeta: true }), rel));
    pages += 1;
  }
  const policy = (kind: PolicyKind) => contentSecurityPolicy(kind, { ...inputs, scriptHashes: [...union[kind]].sort() });
  return { pages, policies: { site: policy('site'), widget: policy('widget'), admin: policy('admin') } };
}
