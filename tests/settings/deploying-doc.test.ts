// docs/deploying.md shows administrators how to push a policy: every example in it must be a
// policy OutLoud reads without a single warning, and they must all say the same thing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../tools/extension-manifest.js';
import { readPolicy } from '../../src/settings/policy.js';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/deploying.md'), 'utf8');
const block = (tag: string): string => {
  const match = new RegExp('```json ' + tag + '\\n([\\s\\S]*?)\\n```').exec(doc);
  if (!match) throw new Error(`no \`\`\`json ${tag} block in docs/deploying.md`);
  return match[1]!;
};

describe('docs/deploying.md', () => {
  const policy = JSON.parse(block('policy')) as Record<string, unknown>;

  test('the example policy reads whole, without a warning', () => {
    const read = readPolicy(policy);
    expect(read.warnings).toEqual([]);
    expect(read.policy).toEqual(policy);
  });

  test('the Chrome/Edge JSON file pushes that policy under 3rdparty.extensions', () => {
    const file = JSON.parse(block('chrome-linux')) as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(file['3rdparty'].extensions['<extension-id>']).toEqual(policy);
  });

  test('the Windows registry values are that policy, one JSON string per list or object', () => {
    const reg = /```reg\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const values = Object.fromEntries(
      [...reg.matchAll(/^"(\w+)"="(.*)"$/gm)].map(([, key, raw]) => {
        const text = raw!.replace(/\\"/g, '"');
        return [key, key === 'organizationName' ? text : JSON.parse(text)];
      }),
    );
    expect(values).toEqual(policy);
  });

  test('the Admin console values unwrap to policy keys OutLoud reads without a warning', () => {
    const wrapped = JSON.parse(block('admin-console')) as Record<string, { Value: unknown }>;
    const read = readPolicy(Object.fromEntries(Object.entries(wrapped).map(([k, v]) => [k, v.Value])));
    expect(read.warnings).toEqual([]);
  });

  test('Firefox\'s policies.json pushes the same policy under the add-on\'s own id', () => {
    const file = JSON.parse(block('firefox')) as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
    expect(file.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(policy);
  });
});
