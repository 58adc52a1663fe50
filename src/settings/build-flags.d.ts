/** True only in the test build (`vite build --mode chrome-test`): enables test hooks such as a
 * policy set from storage.local. Replaced by a constant at build time, so the store build holds
 * no trace of them. */
declare const __OUTLOUD_TEST_HOOKS__: boolean;
