/**
 * The build fingerprint (scripts/lib/build-stamp.ts) runs before the content is checked, so it
 * must get through whatever a phished CMS account put in content/: symbolic links are hashed as
 * links, never followed, so a link to its own folder cannot loop and a link out of the project
 * cannot read (or leak into the hash) a file outside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildFingerprint } from '../../scripts/lib/build-stamp.ts';

let work: string;
let root: string;
let outside: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'build-stamp-'));
  root = path.join(work, 'project');
  outside = path.join(work, 'outside');
  mkdirSync(path.join(root, 'content/_media'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'content/_media/ok.jpg'), 'picture');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret one');
  writeFileSync(path.join(outside, 'other.txt'), 'other');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const settings = { BASE_PATH: '/' };

describe('buildFingerprint and symbolic links', () => {
  test('a link to its own folder and links out of the project are hashed as links, not followed', () => {
    symlinkSync('.', path.join(root, 'content/_media/a'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'content/_media/secret.jpg'));
    symlinkSync(outside, path.join(root, 'content/_media/folder'));

    const started = performance.now();
    const before = buildFingerprint(root, settings);
    expect(performance.now() - started).toBeLessThan(1000);

    // The outside file's bytes are not part of the fingerprint.
    writeFileSync(path.join(outside, 'secret.txt'), 'secret two');
    writeFileSync(path.join(outside, 'new.txt'), 'new');
    expect(buildFingerprint(root, settings)).toBe(before);

    // Pointing a link elsewhere changes it, as does changing a real file.
    unlinkSync(path.join(root, 'content/_media/secret.jpg'));
    symlinkSync(path.join(outside, 'other.txt'), path.join(root, 'content/_media/secret.jpg'));
    const relinked = buildFingerprint(root, settings);
    expect(relinked).not.toBe(before);
    writeFileSync(path.join(root, 'content/_media/ok.jpg'), 'another picture');
    expect(buildFingerprint(root, settings)).not.toBe(relinked);
  });

  test('a dangling link and a linked top-level input do not stop it', () => {
    symlinkSync(path.join(work, 'missing'), path.join(root, 'content/gone.mdx'));
    symlinkSync(outside, path.join(root, 'public'));
    const before = buildFingerprint(root, settings);
    writeFileSync(path.join(outside, 'secret.txt'), 'secret two');
    expect(buildFingerprint(root, settings)).toBe(before);
  });
});
