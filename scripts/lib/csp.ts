/**
 * Build step: a Content-Security-Policy `<meta>` in every page, allowing exactly the inline
 * scripts of that page by their SHA-256 hash (no `unsafe-inline`) and, on a page with a video
 * facade, framing exactly the players of its videos' hosts; and the header policies for
 * `_headers` and the nginx sample, which allow the inline scripts of every page of their kind,
 * plus one policy for each page with a facade. It runs last, on the finished HTML, so the hashes
 * match the bytes that are served.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, policyKindOf, type BuiltPolicies, type PagePolicy, type PolicyInputs, type PolicyKind } from '../../src/utils/http-headers.ts';
import { videoHosts, type VideoHost } from '../../src/model/schemas/vocabularies.ts';
import { withBase } from '../../src/utils/urls.ts';
import { playerOrigins } from '../../src/utils/video.ts';
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

/**
 * The player origins a page frames after a click: one per host named by a `data-video-host`
 * attribute in a start tag (`VideoFacade.astro` writes it). Read from tags only: text that merely
 * contains the words has its `<` escaped and is not a tag. An unknown host fails the build, so no
 * attribute can open the policy to anything but the players in `playerOrigins`.
 */
export function videoPlayerOrigins(html: string, file = 'page'): string[] {
  const hosts = new Set<VideoHost>();
  for (const match of html.matchAll(/<[a-z][a-z0-9-]*(?:\s+[^\s"'<>=/]+(?:="[^"]*")?)*?\s+data-video-host="([^"]*)"/gi)) {
    const host = match[1]!;
    if (!(videoHosts as readonly string[]).includes(host))
      throw new Error(`${file}: data-video-host="${host}" is not a known video host (${videoHosts.join(', ')})`);
    hosts.add(host as VideoHost);
  }
  return videoHosts.filter((host) => hosts.has(host)).map((host) => playerOrigins[host]);
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

export interface CspResult extends BuiltPolicies {
  pages: number;
  /** Header policies (with `frame-ancestors`) per kind of page. */
  policies: Record<PolicyKind, string>;
  /** Header policies of the pages that frame a video player after a click, each its kind's plus those players. */
  pagePolicies: PagePolicy[];
  /** Header policies per kind of page that allow every player a page of that kind frames (see `headerRules`). */
  policiesWithAllPlayers: Record<PolicyKind, string>;
}

export async function applyContentSecurityPolicy(dir: string, base: string, inputs: Omit<PolicyInputs, 'scriptHashes' | 'frameOrigins'>): Promise<CspResult> {
  const union: Record<PolicyKind, Set<string>> = { site: new Set(), widget: new Set(), admin: new Set() };
  const players: Array<{ path: string; kind: PolicyKind; frameOrigins: string[] }> = [];
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    const rel = path.relative(dir, file);
    const urlPath = withBase(urlPathOf(dir, file), base);
    const kind = policyKindOf(urlPath, base);
    const html = await readFile(file, 'utf8');
    const hashes = inlineScriptHashes(html);
    for (const hash of hashes) union[kind].add(hash);
    const frameOrigins = videoPlayerOrigins(html, rel);
    if (frameOrigins.length) players.push({ path: urlPath, kind, frameOrigins });
    await writeFile(file, insertPolicyMeta(html, contentSecurityPolicy(kind, { ...inputs, scriptHashes: hashes, frameOrigins }, { forMeta: true }), rel));
    pages += 1;
  }
  const policy = (kind: PolicyKind, frameOrigins: readonly string[] = []) =>
    contentSecurityPolicy(kind, { ...inputs, scriptHashes: [...union[kind]].sort(), frameOrigins });
  const allPlayers = (kind: PolicyKind) => policy(kind, [...new Set(players.filter((p) => p.kind === kind).flatMap((p) => p.frameOrigins))].sort());
  return {
    pages,
    policies: { site: policy('site'), widget: policy('widget'), admin: policy('admin') },
    pagePolicies: players.map(({ path, kind, frameOrigins }) => ({ path, policy: policy(kind, frameOrigins) })),
    policiesWithAllPlayers: { site: allPlayers('site'), widget: allPlayers('widget'), admin: allPlayers('admin') },
  };
}
