/**
 * A temporary git repository holding a copy of content/ on `main`, for the editorial-workflow
 * tests (the API one in tests/unit and the admin-page one in tests/e2e), with the entry they
 * create and helpers to ask git where it is.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The festival both tests create, and the review branch Decap gives it. */
export const workflowEntry = {
  title: 'Lễ hội Đờn ca tài tử Cao Lãnh',
  slug: 'le-hoi-don-ca-tai-tu-cao-lanh',
  path: 'content/festivals/vi/le-hoi-don-ca-tai-tu-cao-lanh.mdx',
  branch: 'cms/festivals/le-hoi-don-ca-tai-tu-cao-lanh',
} as const;

export interface WorkflowRepo {
  dir: string;
  /** Runs git in the repository and returns what it prints. */
  git(...args: string[]): string;
  /** Whether the tree of `ref` has `file` (`git cat-file -e ref:file`). */
  existsOn(ref: string, file: string): boolean;
  /** The workflow status decap-server keeps in the review branch's description, e.g. `decap-cms/draft`. */
  branchStatus(): string;
  remove(): void;
}

export function createWorkflowRepo(projectRoot: string, prefix: string): WorkflowRepo {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const quietly = (read: () => string) => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  cpSync(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Cán bộ biên tập');
  git('config', 'user.email', 'bien-tap@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Nội dung ban đầu');
  return {
    dir,
    git,
    existsOn: (ref, file) => quietly(() => git('cat-file', '-e', `${ref}:${file}`)) !== undefined,
    branchStatus: () => quietly(() => git('config', `branch.${workflowEntry.branch}.description`)) ?? '',
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
