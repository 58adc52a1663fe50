// Chrome and Firefox both expose promise-returning MV3 APIs; Firefox names the namespace
// `browser`, Chrome `chrome`. One alias keeps the rest of the code browser-neutral without
// shipping webextension-polyfill.
export const ext: typeof chrome =
  (globalThis as unknown as { browser?: typeof chrome }).browser ?? globalThis.chrome;
