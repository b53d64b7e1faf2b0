// The backend packages ship no types; the admin app only subclasses them to filter files.
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: new (...args: never[]) => object;
}
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: new (...args: never[]) => object;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: new (...args: never[]) => object;
}
