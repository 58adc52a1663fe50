// Phrase lists name a state the way one writer put it ("started chemo", "getting divorced",
// "running for council"); people write the same verb in every tense ("starts chemo", "got
// divorced", "ran for council"). verbForms() adds the other forms of a phrase's first word when
// that word is a verb form, using compromise's own conjugation tables (irregular verbs included),
// so a list's entries stand for the verb, not one tense of it.
import nlp from 'compromise/two';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

interface VerbTransform {
  toInfinitive(word: string, model: unknown, tense?: string): string;
  conjugate(infinitive: string, model: unknown): Conjugation;
}

const verb = (nlp as unknown as { methods(): { two: { transform: { verb: VerbTransform } } } }).methods().two.transform.verb;
const model = (nlp as unknown as { model(): unknown }).model();

/** The forms of `word`'s verb, or null when `word` is not a form of a verb (round trip through the infinitive). */
function formsOf(word: string): string[] | null {
  // Irregular pasts ("took", "went", "got") carry no ending: try them as pasts.
  const tense = /ing$/.test(word) ? 'Gerund' : /ed$/.test(word) ? 'PastTense' : /s$/.test(word) ? 'PresentTense' : 'PastTense';
  const inf = verb.toInfinitive(word, model, tense);
  if (!inf || inf === word) return null;
  const c = verb.conjugate(inf, model);
  const forms = [c.Infinitive, c.PresentTense, c.PastTense, c.Gerund, c.Participle].filter((f): f is string => !!f && /^[a-z]+$/.test(f));
  // compromise answers for any word; only a word it gives back as one of the forms is a verb form.
  return forms.includes(word) ? forms : null;
}

const memo = new Map<string, string[] | null>();

/**
 * `phrases` with, for each phrase of two words or more whose first word is an inflected verb
 * (-ing, -ed, -s, or an irregular past), the same phrase with that verb's other forms: "started chemo" gives "start
 * chemo", "starts chemo", "starting chemo". Order is kept, duplicates dropped.
 */
export function verbForms(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    const m = /^([a-z]+)( .+)$/.exec(phrase);
    if (!m) continue;
    const word = m[1]!;
    let forms = memo.get(word);
    if (forms === undefined) memo.set(word, (forms = formsOf(word)));
    if (forms) for (const f of forms) out.add(f + m[2]!);
  }
  return [...out];
}
