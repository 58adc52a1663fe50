// A case, claim or file number: ODSP / Ontario Works (POSPH / Ontario au travail), WSIB (CSPAAT),
// court files and generic "case #", "numéro de dossier", and the Ontario Education Number
// (OEN / NISO). Their formats are not published (shared reference "identifiers" §14, §15, §17,
// §18), so the keyword decides: a label, then a 6-16 character token with digits right after it.
// Any number assigned to a person is personal information (FIPPA s. 2(1)(c)); a social-assistance
// or compensation file also reveals financial or health facts.
import { defineRule } from '../../define-rule.js';
import { findTerms, lexicon, near } from '../../match.js';
import type { Hit, Localized, Unit } from '../../types.js';
import {
  CASE_NUMBER_WORDS_EN, CASE_PROGRAM_KEYWORDS_EN, COURT_KEYWORDS_EN, COURT_SENSITIVE_EN, OEN_KEYWORDS_EN,
} from '../../lexicons/en/identifiers.js';
import {
  CASE_NUMBER_WORDS_FR, CASE_PROGRAM_KEYWORDS_FR, COURT_KEYWORDS_FR, COURT_SENSITIVE_FR, OEN_KEYWORDS_FR,
} from '../../lexicons/fr/identifiers.js';
import { fictionCue } from '../confidential/context.js';
import { bilingual, DIGIT_PIECES, gluedToNumber, looksLikeCompactDate, maskAlnum, maskSuggestion, nearCurrency, personNear, severities } from './identifier-helpers.js';

const PROGRAM = bilingual(CASE_PROGRAM_KEYWORDS_EN, CASE_PROGRAM_KEYWORDS_FR);
const OEN = bilingual(OEN_KEYWORDS_EN, OEN_KEYWORDS_FR);
const COURT = bilingual(COURT_KEYWORDS_EN, COURT_KEYWORDS_FR);
const COURT_SENSITIVE = bilingual(COURT_SENSITIVE_EN, COURT_SENSITIVE_FR);
const TRIGGER = lexicon([
  ...CASE_PROGRAM_KEYWORDS_EN, ...CASE_PROGRAM_KEYWORDS_FR, ...CASE_NUMBER_WORDS_EN, ...CASE_NUMBER_WORDS_FR,
  ...OEN_KEYWORDS_EN, ...OEN_KEYWORDS_FR, ...COURT_KEYWORDS_EN, ...COURT_KEYWORDS_FR,
]);
// Public registries number their postings too: "Environmental Registry file 019-6813", "Bill 23".
const PUBLIC_RECORD = lexicon([
  'ero', 'environmental registry', 'regulatory registry', 'registry', 'proposal', 'posting', 'bill', 'regulation', 'o. reg',
  'consultation', 'registre environnemental', 'registre de la reglementation', 'registre', 'projet de loi', 'reglement',
  'proposition', 'avis',
]);
// "OW" is Ontario Works only in capitals.
const OW = /\bOW\b/g;

// A number written as a NANP phone number ("1-800-387-0750", "(416) 555-0199") is a phone line, which
// phone.ts judges; "the WSIB line is 1-800-…" is not a claim number.
const PHONE_SHAPE = /^(?:1[ .-])?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;

// Words that may stand between the label and the number: "ODSP case number is", "no de dossier du".
const GAP_WORDS = new Set([
  'no', 'nos', 'num', 'number', 'numero', 'nbr', 'n', 'is', 'was', 'est', 'le', 'la', 'les', 'l', 'du', 'de', 'des', 'd', 'of',
  'the', 'a', 'id', 'case', 'file', 'claim', 'client', 'member', 'dossier', 'demande', 'reclamation', 'cas', 'membre', 'court',
  'greffe', 'for', 'pour', 'his', 'her', 'their', 'my', 'your', 'son', 'sa', 'ses', 'leur', 'mon', 'ma', 'votre', 's', 'et',
  'and', 'application', 'student', 'eleve', 'au', 'ref',
]);
const GAP_CHAR = /[\s#:.,°()'"-]/;
const WORD = /\p{L}/u;
const TOKEN = /(?:\d{3} \d{3} \d{3}|[A-Za-z0-9][A-Za-z0-9/-]{4,22}[A-Za-z0-9])(?![\w-])/y;

// "is", "est", ":" right before the number: "le numéro de dossier POSPH de ma cliente est le 7654321".
// A number label ("no", "n°", "#") right before it counts the same way.
const PREDICATE = new Set(['is', 'was', 'est', 'etait', ':', '#', '=', 'no', 'n', 'num', 'number', 'numero', 'nbr']);

function tokenAt(unit: Unit, i: number): { start: number; end: number; text: string } | null {
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(unit.folded);
  return m && plausibleNumber(m[0]) ? { start: i, end: i + m[0].length, text: m[0] } : null;
}

/** The number after a label, if only label words and punctuation separate them, or a few other
 * words followed by "is", "est" or ":". */
function tokenAfter(unit: Unit, from: number): { start: number; end: number; text: string } | null {
  const s = unit.plain;
  let i = from;
  let others = 0;
  let predicate = false;
  while (i < s.length && i - from <= 48) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const token = tokenAt(unit, i);
    if (token) return others === 0 || predicate ? token : null;
    if (GAP_CHAR.test(c)) {
      if (PREDICATE.has(c)) predicate = true;
      i++;
      continue;
    }
    if (!WORD.test(c)) return null;
    let j = i;
    while (j < s.length && WORD.test(s[j]!)) j++;
    const word = s.slice(i, j);
    if (PREDICATE.has(word)) predicate = true;
    else if (!GAP_WORDS.has(word)) {
      if (++others > 4) return null;
      predicate = false;
    }
    i = j;
  }
  return null;
}

function plausibleNumber(token: string): boolean {
  const alnum = token.replace(/[^A-Za-z0-9]/g, '');
  const digits = alnum.replace(/\D/g, '').length;
  if (alnum.length < 6 || alnum.length > 18 || digits < 4) return false;
  // Dates ("2024-03-05", "2024/03/05") and years with a suffix are not file numbers.
  return !/^(?:19|20)\d\d[-/]\d\d?[-/]\d\d?$/.test(token) && !looksLikeCompactDate(alnum) && !yearSpan(token);
}

/** A fiscal or school year, two years in a row: "ODSP 2024-25 rates", "the WSIB 2023-2024 annual report". */
function yearSpan(token: string): boolean {
  const m = /^((?:19|20)\d\d)[-/](\d\d|(?:19|20)\d\d)$/.exec(token);
  if (!m) return false;
  const first = Number(m[1]);
  const second = m[2]!.length === 2 ? Number(m[2]) : Number(m[2]) % 100;
  return second === (first + 1) % 100;
}

type Kind = 'program' | 'oen' | 'court' | 'generic';

const MESSAGES: Record<Kind, Localized> = {
  program: {
    en: "This looks like a social-assistance or workers' compensation file number. It identifies a person and reveals they receive benefits; keep case details off social media.",
    fr: "Ceci ressemble à un numéro de dossier d'aide sociale ou d'indemnisation des travailleurs. Il identifie une personne et révèle qu'elle reçoit des prestations : gardez les détails de dossiers hors des médias sociaux.",
  },
  oen: {
    en: 'This looks like an Ontario Education Number. It identifies a student, and disclosing it outside the Education Act is an offence.',
    fr: "Ceci ressemble à un numéro d'immatriculation scolaire de l'Ontario (NISO). Il identifie un élève, et le divulguer hors du cadre de la Loi sur l'éducation est une infraction.",
  },
  court: {
    en: 'This looks like a court file number. It points to the people in the case; family and youth matters are especially sensitive.',
    fr: "Ceci ressemble à un numéro de dossier judiciaire. Il renvoie aux personnes en cause; les affaires familiales et de jeunesse sont particulièrement délicates.",
  },
  generic: {
    en: "This looks like a case or file number. A number assigned to a person is personal information; don't discuss a case in public.",
    fr: "Ceci ressemble à un numéro de dossier. Un numéro attribué à une personne est un renseignement personnel : ne discutez pas d'un dossier en public.",
  },
};

// "my OW case OW-2231874": "case" finds the whole token and the "OW" prefix the digits inside it.
// One finding for the number: the whole token's span, with the more specific reading (a program's,
// a court's or an OEN's file over a generic one) when the inner token had it.
function wholeTokens(hits: Hit[], kinds: Kind[]): Hit[] {
  const out: Hit[] = [];
  hits.forEach((h, i) => {
    const outer = hits.findIndex((o, j) => j !== i && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start);
    if (outer >= 0) {
      if (kinds[outer] === 'generic' && kinds[i] !== 'generic') {
        const o = hits[outer]!;
        o.message = h.message;
        if (h.severity) o.severity = h.severity;
        else delete o.severity;
        kinds[outer] = kinds[i]!;
      }
      return;
    }
    out.push(h);
  });
  return out;
}

export default defineRule({
  id: 'personal-info/case-number',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-official-account'],
  title: { en: 'Case or file number', fr: 'Numéro de dossier' },
  why: MESSAGES.generic,
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{3}/.test(unit.folded)) return [];
    const triggers = findTerms(unit, TRIGGER);
    OW.lastIndex = 0;
    for (let m = OW.exec(unit.folded); m; m = OW.exec(unit.folded)) triggers.push({ start: m.index, end: m.index + 2, text: 'OW' });
    if (!triggers.length) return [];
    const hits: Hit[] = [];
    const kinds: Kind[] = [];
    const seen = new Set<number>();
    for (const t of triggers) {
      const token = tokenAfter(unit, t.end);
      if (!token || seen.has(token.start)) continue;
      if (gluedToNumber(unit.folded, token.start, token.end) || nearCurrency(unit.folded, token.start, token.end)) continue;
      if (PHONE_SHAPE.test(token.text)) continue;
      seen.add(token.start);
      const oen = near(unit, OEN, token.start, token.end, 40);
      let kind: Kind;
      if (oen && /^\d{3}[ -]?\d{3}[ -]?\d{3}$/.test(token.text)) kind = 'oen';
      else if (oen) continue; // an OEN is nine digits (§17)
      else if (near(unit, PROGRAM, token.start, token.end, 80) || t.text === 'OW') kind = 'program';
      else if (near(unit, COURT, token.start, token.end, 40)) kind = 'court';
      else if (near(unit, PUBLIC_RECORD, token.start, token.end, 60)) continue;
      // "a detective finds case file #2026-4471" in a writing prompt or a novel: the story's number. A program's or a
      // court's file keeps its reading: its label is real whatever story is told around it.
      else if (fictionCue(unit)) continue;
      else kind = 'generic';
      let severity: Hit['severity'];
      if (kind === 'court') severity = near(unit, COURT_SENSITIVE, token.start, token.end, 120) ? severities('high') : severities('medium');
      else if (kind === 'generic') severity = personNear(unit, token.start, token.end, 60) ? severities('high') : severities('medium');
      const hit: Hit = { start: token.start, end: token.end, message: MESSAGES[kind], suggestion: maskSuggestion(maskAlnum(token.text, 2)) };
      if (severity) hit.severity = severity;
      hits.push(hit);
      kinds.push(kind);
    }
    return wholeTokens(hits, kinds);
  },
  examples: {
    invalid: [
      { text: "My client's ODSP case number is 1234567, can anyone help?", span: '1234567', severity: 'high' },
      // The "OW" prefix and the word "case" find the same number: one finding, the whole token, a program's file.
      { text: 'My OW case OW-2231874 is stuck again', span: 'OW-2231874', severity: 'high' },
      { text: 'WSIB claim #30012345 was denied for my coworker.', span: '30012345', severity: 'high' },
      { text: 'His WSIB claim number is 3001-2345-67, can someone look at it?', span: '3001-2345-67' },
      { text: 'Court File No. FS-21-00012345 is the custody matter we discussed.', span: 'FS-21-00012345', severity: 'high' },
      { text: 'Her OEN is 123 456 789, the school said.', span: '123 456 789', severity: 'high' },
      { text: 'We reviewed your file 20231187 and will call you back.', mode: 'official', span: '20231187', severity: 'high' },
      { text: 'Le numéro de dossier POSPH de ma cliente est le 7654321.', span: '7654321', severity: 'high' },
      // Two years not in a row make a number, not a fiscal year.
      { text: 'My ODSP file is 2019-2345, can anyone check why it stalled?', span: '2019-2345' },
      { text: 'Son numéro de réclamation à la CSPAAT : 30012345.', span: '30012345', severity: 'high' },
      { text: 'Numéro de dossier du greffe : CV-22-00098765, audience la semaine prochaine.', span: 'CV-22-00098765', severity: 'medium' },
    ],
    valid: [
      // A story's file number: a writing prompt, a novel.
      'Writing prompt for tonight: a detective finds case file #2031-5528 taped under a desk drawer. 500 words, go!',
      "Atelier d'écriture ce soir : une inspectrice trouve le dossier no 2031-5528 dans un vieux manteau.",
      'Bill 23 passed third reading today.',
      // A program's phone line after the program's name is a line, not a file.
      'Questions about an ODSP claim? The program line is 1-888-555-0142 and they were kind to me.',
      'Pour une réclamation à la CSPAAT, le numéro sans frais est le 1-866-555-0187.',
      'ODSP rates will rise by 6.5% in July.',
      // A fiscal or school year after a program's name is no file number.
      'The ODSP 2024-25 rates are online, and the WSIB 2023-2024 annual report is out.',
      'Les taux du POSPH 2024-2025 sont en ligne, et le rapport annuel CSPAAT 2023/24 aussi.',
      'Our team closed 1,234,567 files this year.',
      'Read the Ontario Works policy at https://ontario.ca/ow/1234567 today.',
      'Le POSPH augmente de 5 % en juillet 2024.',
      'Le dossier sera présenté le 2024-03-05 au conseil.',
      'Comments on the Environmental Registry file 019-6813 close in June.',
    ],
  },
});
