// Reading a regular expression's source just enough to step over its atoms: shared by the ReDoS check
// (tests/support/redos-check.ts) and the literal-gate check (tests/support/literal-gate.ts).

/** Length of the escape sequence at i (pattern[i] === '\\'). */
export function escapeLength(p: string, i: number): number {
  const m = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[1-9]\d*|[\s\S])/.exec(p.slice(i, i + 40));
  return m ? m[0].length : 1;
}

/** Length of the character class starting at i (pattern[i] === '['). */
export function classLength(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? escapeLength(p, j) : 1;
  return j + 1 - i;
}
