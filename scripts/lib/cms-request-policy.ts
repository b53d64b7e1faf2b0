/**
 * What the local CMS backend may be asked to do. decap-server on its own reads and writes any
 * path under the repository it serves, so a mistaken or hostile request could rewrite
 * `scripts/build.ts` or `package.json`. This policy lets through only what the admin app needs:
 * writes of entry files `content/<collection>/<locale>/<slug>.md|.mdx` of the site's collections
 * and of pictures in `content/_media/`, reads under `content/`, and, in git mode, branches of
 * the editorial workflow named after a real collection and a clean slug.
 *
 * Paths are checked as the exact strings decap-server receives, never decoded or normalised
 * first: a path that is not already in its plain form (`..`, `./`, `//`, `\`, `%2e`, NUL, a
 * leading `/`) is refused rather than interpreted.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { localeCodes } from '../../src/config/locales.ts';
import { collectionNames } from '../../src/model/collections.ts';

/** The folder the CMS edits, and the folder of its uploaded pictures (`cms/config.ts` mediaFolder). */
export const contentFolder = 'content';
export const mediaFolder = `${contentFolder}/_media`;

/** decap-server's two modes: files edited in place, or commits and review branches in a git repository. */
export type BackendMode = 'fs' | 'git';

export interface PolicyContext {
  mode: BackendMode;
  /** The branch the admin app works on (`backend.branch`); git mode checks out nothing else. */
  branch: string;
}

/** A request body as the admin app sends it: `{ action, params }`. */
export interface BackendRequest {
  action?: unknown;
  params?: unknown;
}

/** Why a request is refused, in a sentence the admin app can show; `null` when it may go through. */
export type Refusal = string | null;

/** What Decap's slugs look like with `slug.encoding: ascii` (lower case, periods turned into dashes). */
const slugPattern = /^[a-z0-9][a-z0-9_~-]{0,199}$/;
/** What Decap makes of an uploaded file's name: lower case, ASCII, the extension kept. */
const mediaNamePattern = /^[a-z0-9][a-z0-9_.~-]{0,199}$/;
/** One folder or file name in a path that is only read: no hidden files, nothing that climbs. */
const readSegmentPattern = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,199}$/;
const entryExtensions = ['md', 'mdx'];
/** The editorial workflow's statuses: draft, in review, ready. */
const workflowStatuses = ['draft', 'pending_review', 'pending_publish'];

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const includes = (list: readonly string[], value: string) => list.includes(value);

/** The parts of an entry file's path, or null if `filePath` is not `content/<collection>/<locale>/<slug>.<md|mdx>`. */
export function parseEntryPath(filePath: unknown): { collection: string; locale: string; slug: string } | null {
  if (!isString(filePath)) return null;
  const parts = filePath.split('/');
  if (parts.length !== 4 || parts[0] !== contentFolder) return null;
  const [, collection, locale, fileName] = parts as [string, string, string, string];
  const dot = fileName.lastIndexOf('.');
  const slug = fileName.slice(0, dot);
  const extension = fileName.slice(dot + 1);
  if (dot < 1 || !includes(entryExtensions, extension) || !slugPattern.test(slug)) return null;
  if (!includes(collectionNames, collection) || !includes(localeCodes, locale)) return null;
  return { collection, locale, slug };
}

/** Whether `filePath` is an uploaded picture directly in `content/_media/`. */
export function isMediaPath(filePath: unknown): boolean {
  if (!isString(filePath) || !filePath.startsWith(`${mediaFolder}/`)) return false;
  return mediaNamePattern.test(filePath.slice(mediaFolder.length + 1));
}

/** Whether the CMS may write or delete `filePath`. */
export function isWritablePath(filePath: unknown): filePath is string {
  return parseEntryPath(filePath) !== null || isMediaPath(filePath);
}

/** Whether the CMS may read `filePath` (a file or a folder): `content/` or anything plainly below it. */
export function isReadablePath(filePath: unknown): filePath is string {
  if (!isString(filePath)) return false;
  const [first, ...rest] = filePath.split('/');
  return first === contentFolder && rest.every((segment) => readSegmentPattern.test(segment));
}

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? String(value);
const notWritable = (value: unknown) =>
  `The local CMS only writes entries (content/<collection>/<language>/<slug>.md or .mdx) and pictures in ${mediaFolder}/, not ${shown(value)}`;
const notReadable = (value: unknown) => `The local CMS only reads under ${contentFolder}/, not ${shown(value)}`;

function firstRefusal(checks: readonly (() => Refusal)[]): Refusal {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

const readable = (value: unknown): Refusal => (isReadablePath(value) ? null : notReadable(value));
const writable = (value: unknown): Refusal => (isWritablePath(value) ? null : notWritable(value));
const media = (value: unknown): Refusal => (isMediaPath(value) ? null : `The local CMS saves pictures in ${mediaFolder}/ only, not ${shown(value)}`);
const allWritable = (values: unknown): Refusal =>
  Array.isArray(values) && values.length > 0 ? firstRefusal(values.map((value) => () => writable(value))) : 'A list of files to delete is missing';

/** An editorial-workflow entry: its review branch is cms/<collection>/<slug>, named from these two values. */
function workflowEntry(collection: unknown, slug: unknown): Refusal {
  if (!isString(collection) || !includes(collectionNames, collection)) return `Unknown collection ${shown(collection)}`;
  if (!isString(slug) || !slugPattern.test(slug)) return `Not a slug the CMS makes: ${shown(slug)}`;
  return null;
}
const namedEntry = (p: Record<string, unknown>) => workflowEntry(p.collection, p.slug);

/** `unpublishedEntry` names its entry by `collection` + `slug` or by an `id` "collection/slug". */
function unpublishedEntry(params: Record<string, unknown>): Refusal {
  if (params.id === undefined) return namedEntry(params);
  if (!isString(params.id)) return `Not an entry: ${shown(params.id)}`;
  const slash = params.id.indexOf('/');
  if (slash < 0) return `Not an entry: ${shown(params.id)}`;
  return workflowEntry(params.id.slice(0, slash), params.id.slice(slash + 1));
}

/**
 * A saved entry: every language's file, and a renamed file's new name, are entry files of one
 * collection; a rename stays in its folder (decap-server moves every file of the old folder to
 * the new one); pictures saved with it go to content/_media/.
 */
function persistEntry(params: Record<string, unknown>, context: PolicyContext): Refusal {
  const dataFiles = Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry];
  const assets = Array.isArray(params.assets) ? params.assets : [];
  const options = isObject(params.options) ? params.options : {};
  const collections = new Set<string>();
  for (const file of dataFiles) {
    if (!isObject(file)) return 'An entry file is missing';
    const entry = parseEntryPath(file.path);
    if (!entry) return notWritable(file.path);
    collections.add(entry.collection);
    if (file.newPath !== undefined) {
      const renamed = parseEntryPath(file.newPath);
      if (!renamed) return notWritable(file.newPath);
      if (path.posix.dirname(file.newPath as string) !== path.posix.dirname(file.path as string)) {
        return `A renamed entry stays in its folder: ${shown(file.path)} cannot become ${shown(file.newPath)}`;
      }
    }
  }
  if (options.collectionName !== undefined) collections.add(String(options.collectionName));
  if (collections.size !== 1) return `One saved entry belongs to one collection, not ${shown([...collections])}`;
  const assetRefusal = firstRefusal(assets.map((asset) => () => media(isObject(asset) ? asset.path : asset)));
  if (assetRefusal) return assetRefusal;
  if (context.mode === 'git' && options.useWorkflow === true) {
    const first: unknown = dataFiles[0];
    return workflowEntry(options.collectionName, isObject(first) ? first.slug : undefined);
  }
  return null;
}

/** The rule for each of decap-server's actions; an action that is not here is refused. */
const actionRules: Record<string, (params: Record<string, unknown>, context: PolicyContext) => Refusal> = {
  info: () => null,
  entriesByFolder: (p) => readable(p.folder),
  entriesByFiles: (p) =>
    Array.isArray(p.files) ? firstRefusal(p.files.map((file) => () => readable(isObject(file) ? file.path : file))) : 'The list of files is missing',
  getEntry: (p) => readable(p.path),
  getMedia: (p) => readable(p.mediaFolder),
  getMediaFile: (p) => readable(p.path),
  getDeployPreview: () => null,
  persistEntry,
  persistMedia: (p) => media(isObject(p.asset) ? p.asset.path : p.asset),
  deleteFile: (p) => writable(p.path),
  deleteFiles: (p) => allWritable(p.paths),
  unpublishedEntries: () => null,
  unpublishedEntry,
  unpublishedEntryDataFile: (p) => firstRefusal([() => namedEntry(p), () => readable(p.path)]),
  unpublishedEntryMediaFile: (p) => firstRefusal([() => namedEntry(p), () => readable(p.path)]),
  deleteUnpublishedEntry: namedEntry,
  publishUnpublishedEntry: namedEntry,
  updateUnpublishedEntryStatus: (p) =>
    firstRefusal([
      () => namedEntry(p),
      () => (isString(p.newStatus) && includes(workflowStatuses, p.newStatus) ? null : `Unknown status ${shown(p.newStatus)}`),
    ]),
};

/** Why `request` is refused, or null. Checks names only; `symlinkRefusal` then checks the disk. */
export function requestRefusal(request: BackendRequest, context: PolicyContext): Refusal {
  const { action } = request;
  if (!isString(action) || !Object.hasOwn(actionRules, action)) return `The local CMS does not do ${shown(action)}`;
  if (action === 'info') return null;
  if (!isObject(request.params)) return 'The request has no parameters';
  // In git mode decap-server checks out `params.branch`; only the site's branch is ever meant.
  if (context.mode === 'git' && request.params.branch !== context.branch) return `The local CMS works on the branch ${shown(context.branch)} only`;
  return actionRules[action]!(request.params, context);
}

/** Every path a request names (to read or to write), for the check on disk. */
export function requestPaths(request: BackendRequest): string[] {
  if (!isObject(request.params)) return [];
  const p = request.params;
  const files = [
    ...(Array.isArray(p.dataFiles) ? p.dataFiles : [p.entry]),
    ...(Array.isArray(p.assets) ? p.assets : []),
    ...(Array.isArray(p.files) ? p.files : []),
    p.asset,
  ];
  const fromFiles = files.flatMap((file) => (isObject(file) ? [file.path, file.newPath] : []));
  const direct = [p.path, p.folder, p.mediaFolder, ...(Array.isArray(p.paths) ? p.paths : [])];
  return [...fromFiles, ...direct].filter(isString);
}

/**
 * Refuses a path that goes through a symbolic link anywhere below the repository (a linked
 * `content/festivals` or a linked entry file would send a write, or a read, somewhere else in
 * the project). Checks what exists on disk now; missing folders are created by decap-server as
 * plain folders.
 */
export async function symlinkRefusal(repo: string, relativePaths: readonly string[]): Promise<Refusal> {
  for (const relativePath of relativePaths) {
    let current = repo;
    for (const segment of relativePath.split('/')) {
      current = path.join(current, segment);
      const stat = await lstat(current).catch(() => null);
      if (!stat) break;
      if (stat.isSymbolicLink()) return `The local CMS does not follow links: ${shown(relativePath)} goes through one`;
    }
  }
  return null;
}
