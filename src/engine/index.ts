// Public API of the engine: `import { analyze } from 'outloud'`.
export { analyze, clearCache } from './analyze.js';
export { rules } from './rules/index.js';
export { guidelines, guidelineById } from './guidelines.js';
export { CUSTOM_TERM_RULE_ID } from './custom-terms.js';
export * from './types.js';
