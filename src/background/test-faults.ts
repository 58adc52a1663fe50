// Test builds only (`vite build --mode chrome-test`): an engine that fails on demand, so a browser
// test can prove that a failing engine never reaches the page (tests/browser/engine-fault.test.ts).
// The only call site sits behind __OUTLOUD_TEST_HOOKS__, which is `false` in the store build, so
// this file is dropped from it; tests/browser/engine-fault.test.ts checks the marker is absent.
import { analyze } from '../engine/index.js';

/** A draft containing this makes the test build's engine throw. */
export const ENGINE_FAULT_MARKER = 'outloud-test:engine-throws';

export const analyzeWithFaults: typeof analyze = (text, options) => {
  if (text.includes(ENGINE_FAULT_MARKER)) throw new Error('test fault: the engine threw');
  return analyze(text, options);
};
