// Chrome and Firefox both expose promise-returning MV3 APIs; Firefox names the namespace
// `browser`, Chrome `chrome`. One alias keeps the rest of the code browser-neutral without
// shipping webextension-polyfill, which would add 10.3 KB (3.0 KB gzipped) to every bundle for
// promises both browsers already give (README, "Dependencies and why").
export const ext: typeof chrome =
  (globalThis as unknown as { browser?: typeof chrome }).browser ?? globalThis.chrome;
