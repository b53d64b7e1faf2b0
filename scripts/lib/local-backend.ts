/**
 * Starts decap-server, Decap CMS's local backend, in file mode: the CMS reads and writes the
 * files of `repo` directly. It listens on 127.0.0.1 only, so nobody else on the network can edit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { localBackendPort } from '../../cms/backend.ts';

export interface LocalBackend {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function startLocalBackend(repo: string, port = localBackendPort): Promise<LocalBackend> {
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        child.stdout?.off('data', onData);
        resolve({
          url: `http://127.0.0.1:${port}/api/v1`,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill();
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`decap-server stopped (exit ${code}) before listening on 127.0.0.1:${port}:\n${output}`)));
  });
}
