#!/usr/bin/env node
// Rewrites the rule catalogue in README.md (between <!-- rules:start --> and <!-- rules:end -->)
// from the rule metadata. Runs the TypeScript sources through tsx, so no build is needed.
//
//   node scripts/readme-catalogue.mjs               rewrite the region
//   node scripts/readme-catalogue.mjs --check-only  exit 1 when the region is stale (build step)
//   node scripts/readme-catalogue.mjs --print       print the region to stdout
//   --readme PATH                                    another file than README.md (tests)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check-only');
const print = args.includes('--print');
const at = args.indexOf('--readme');
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const readmePath = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : resolve(root, 'README.md');
const known = new Set(['--check-only', '--print', '--readme']);
const unknown = args.filter((a, i) => !known.has(a) && !(at >= 0 && i === at + 1));
if (unknown.length) {
  console.error(`readme-catalogue: unknown argument ${unknown[0]} (expected --check-only, --print or --readme PATH)`);
  process.exit(2);
}

const rulesWord = (n) => `${n} ${n === 1 ? 'rule' : 'rules'}`;
const lib = await tsImport('./catalogue.ts', import.meta.url);
const region = lib.renderRegion();
if (print) {
  process.stdout.write(region);
  process.exit(0);
}

let readme;
try {
  readme = await readFile(readmePath, 'utf8');
} catch {
  console.log(`readme-catalogue: ${readmePath} does not exist yet; nothing to ${checkOnly ? 'check' : 'update'}.`);
  process.exit(checkOnly ? 0 : 1);
}
const name = readmePath === resolve(root, 'README.md') ? 'README.md' : readmePath;
if (lib.currentRegion(readme) === null) {
  console.log(
    `readme-catalogue: ${name} has no ${lib.START_MARKER} … ${lib.END_MARKER} region; ` +
      `add both markers where the rule catalogue belongs${checkOnly ? '' : ', then run npm run docs:rules'}.`,
  );
  process.exit(checkOnly ? 0 : 1);
}

if (checkOnly) {
  if (lib.isUpToDate(readme, region)) {
    console.log(`readme-catalogue: the rule catalogue in ${name} is up to date (${rulesWord(lib.ruleIds().length)}).`);
    process.exit(0);
  }
  console.error(`readme-catalogue: the rule catalogue in ${name} is out of date; run "npm run docs:rules".`);
  console.error(`  ${lib.firstDifference(readme, region)}`);
  process.exit(1);
}

const updated = lib.spliceRegion(readme, region);
if (updated === readme) {
  console.log(`readme-catalogue: ${name} already up to date (${rulesWord(lib.ruleIds().length)}).`);
} else {
  await writeFile(readmePath, updated);
  console.log(`readme-catalogue: wrote the catalogue of ${rulesWord(lib.ruleIds().length)} into ${name}.`);
}
