/**
 * Which Git backend the CMS talks to, chosen by environment variables when the site is built.
 * Without any, the CMS uses the local backend that `npm run cms` starts on this computer.
 */
import type { CmsPublishMode } from 'decap-cms-core';

export type CmsEnv = Readonly<Record<string, string | undefined>>;

/** Decap's `backend` settings; the name is one of ours (`backendNames`), which Decap's types do not know. */
export type BackendSettings = { name: string } & Record<string, string>;

export interface BackendChoice {
  backend: BackendSettings;
  publishMode: CmsPublishMode;
}

/** Decap's backends under the names `cms/backends.ts` registers them with (they skip blank translation files). */
export const backendNames = { local: 'site-proxy', github: 'site-github', gitlab: 'site-gitlab' } as const;

/** Port of the local backend (decap-server); `npm run cms` starts it there. */
export const localBackendPort = 8081;

function required(env: CmsEnv, name: string, backend: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`CMS_BACKEND=${backend} needs ${name} to be set when the site is built`);
  return value;
}

/** Decap's editorial workflow (draft → in review → ready) works on GitHub and GitLab; it is on unless turned off. */
function workflow(env: CmsEnv): CmsPublishMode {
  return env.CMS_EDITORIAL_WORKFLOW === 'false' ? 'simple' : 'editorial_workflow';
}

export function backendFromEnv(env: CmsEnv): BackendChoice {
  const name = env.CMS_BACKEND?.trim() || 'local';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  switch (name) {
    case 'local':
      return {
        backend: { name: backendNames.local, proxy_url: env.CMS_LOCAL_URL?.trim() || `http://127.0.0.1:${localBackendPort}/api/v1`, branch },
        // decap-server's file mode writes straight to content/, so there is nothing to review in between.
        publishMode: 'simple',
      };
    case 'gitlab': {
      const baseUrl = env.CMS_GITLAB_URL?.trim().replace(/\/+$/, '') || 'https://gitlab.com';
      return {
        backend: {
          name: backendNames.gitlab,
          repo: required(env, 'CMS_REPO', name),
          branch,
          auth_type: 'pkce',
          app_id: required(env, 'CMS_GITLAB_APP_ID', name),
          base_url: baseUrl,
          api_root: `${baseUrl}/api/v4`,
          auth_endpoint: 'oauth/authorize',
        },
        publishMode: workflow(env),
      };
    }
    case 'github':
      return {
        backend: {
          name: backendNames.github,
          repo: required(env, 'CMS_REPO', name),
          branch,
          base_url: required(env, 'CMS_OAUTH_PROXY_URL', name),
          ...(env.CMS_OAUTH_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_OAUTH_AUTH_ENDPOINT } : {}),
        },
        publishMode: workflow(env),
      };
    default:
      throw new Error(`CMS_BACKEND must be local, gitlab or github (got "${name}")`);
  }
}

/**
 * The hosts the CMS must reach from the browser: its backend's API and login, and for GitHub
 * the API and the host of media files. The admin page's Content-Security-Policy allows these.
 */
export function cmsOrigins(choice: BackendChoice): string[] {
  const backend = choice.backend as Record<string, unknown>;
  const urls = ['proxy_url', 'base_url', 'api_root'].map((key) => backend[key]).filter((v): v is string => typeof v === 'string');
  if (backend.name === backendNames.github) urls.push('https://api.github.com', 'https://raw.githubusercontent.com');
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
