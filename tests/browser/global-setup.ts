// Vitest global setup for the browser project: fresh builds, then one fixture server for all
// test files (its origin is handed to them with `inject('fixtureOrigin')`).
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../fixtures/server.js';
import { buildIfStale } from './build-if-stale.js';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildIfStale();
  const server = await startFixtureServer();
  project.provide('fixtureOrigin', server.origin);
  return () => server.close();
}
