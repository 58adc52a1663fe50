// Guideline excerpts: plain-language summaries, in our own words, of the sources in
// shared/reference/guidelines.md, each with its source URL and section.
import type { Guideline } from './types.js';

export const guidelines: readonly Guideline[] = [];

export function guidelineById(id: string): Guideline | undefined {
  return guidelines.find((g) => g.id === id);
}
