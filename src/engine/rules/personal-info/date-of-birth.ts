// A date of birth: a real calendar date next to a birth keyword (DOB, born on, date of birth /
// né(e) le, date de naissance, DDN; shared reference "identifiers" §12). It is personal
// information about someone else only: the author's own birthday, and family birthdays on a
// personal account, are life events, and a birth date more than a century old is history.
import { defineRule } from '../../define-rule.js';
import { lexicon, near } from '../../match.js';
import { stripAccents } from '../../text/fold.js';
import type { Hit, Localized, Unit } from '../../types.js';
import { DOB_BORN_EN, DOB_FAMILY_EN, DOB_LABEL_EN, DOB_SELF_EN, DOB_WEAK_EN } from '../../lexicons/en/identifiers.js';
import { DOB_BORN_FR, DOB_FAMILY_FR, DOB_LABEL_FR, DOB_SELF_FR, DOB_WEAK_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, maskDigits, maskSuggestion, personNear, severities, validMonthDay } from './identifier-helpers.js';

// Month names, matched on the accent-free lower-case view.
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// Each pattern names its groups y, m, d (m may be a month name).
const PATTERNS: RegExp[] = [
  /(?<![\w-])(?<y>[12]\d{3})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\w-])/g,
  /(?<![\w-])(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>[12]\d{3}|\d\d)(?![\w-])/g,
  new RegExp(`(?<![\\w])(?<m>${MONTH})\\.? (?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<y>[12]\\d{3}))?(?![\\w])`, 'g'),
  new RegExp(`(?<![\\w])(?<d>\\d{1,2})(?:st|nd|rd|th|er)? (?:of )?(?<m>${MONTH})\\.?(?:,? (?<y>[12]\\d{3}))?(?![\\w])`, 'g'),
];

interface FoundDate {
  start: number;
  end: number;
  year?: number;
}

function dates(unit: Unit): FoundDate[] {
  const out: FoundDate[] = [];
  const thisYear = new Date().getFullYear();
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(unit.plain); m; m = re.exec(unit.plain)) {
      const g = m.groups!;
      let year = g.y ? Number(g.y) : undefined;
      if (year !== undefined && year < 100) year += year > thisYear % 100 ? 1900 : 2000;
      if (year !== undefined && year > thisYear) continue;
      let ok: boolean;
      if (g.a) {
        // 05/03/1980: day-month or month-day, either reading will do.
        const a = Number(g.a);
        const b = Number(g.b);
        ok = validMonthDay(b, a) || validMonthDay(a, b);
      } else {
        const month = /\d/.test(g.m!) ? Number(g.m) : MONTHS[g.m!]!;
        ok = validMonthDay(month, Number(g.d));
      }
      const start = m.index;
      const end = start + m[0].length;
      if (ok && !out.some((f) => f.start < end && start < f.end)) out.push(year === undefined ? { start, end } : { start, end, year });
    }
  }
  return out;
}

const LABEL = bilingual(DOB_LABEL_EN, DOB_LABEL_FR);
const BORN = bilingual(DOB_BORN_EN, DOB_BORN_FR);
const WEAK = bilingual(DOB_WEAK_EN, DOB_WEAK_FR);
const SELF = bilingual(DOB_SELF_EN, DOB_SELF_FR);
// Kin with a fond word between ("my wonderful husband", « ma merveilleuse maman ») are the same kin.
const kinWith = (list: readonly string[], owners: readonly string[], fond: readonly string[]) =>
  list
    .filter((p) => owners.some((o) => p.startsWith(o + ' ')))
    .flatMap((p) => {
      const [owner, ...kin] = p.split(' ');
      return fond.map((f) => `${owner} ${f} ${kin.join(' ')}`);
    });
const FAMILY = bilingual(
  [
    ...DOB_FAMILY_EN,
    ...kinWith(DOB_FAMILY_EN, ['my', 'our'], ['wonderful', 'amazing', 'beautiful', 'lovely', 'favourite', 'favorite', 'dear', 'sweet', 'awesome', 'incredible', 'handsome', 'gorgeous', 'beloved', 'precious', 'baby', 'little', 'big', 'older', 'younger']),
  ],
  [
    ...DOB_FAMILY_FR,
    ...kinWith(DOB_FAMILY_FR, ['mon', 'ma', 'notre'], ['merveilleux', 'merveilleuse', 'cher', 'chere', 'beau', 'belle', 'adorable', 'precieux', 'precieuse', 'petit', 'petite', 'grand', 'grande', 'formidable', 'super']),
  ],
);
// A form's instructions show a sample date: "enter your date of birth (e.g. 1990-01-31)".
const SAMPLE = lexicon(['e.g', 'eg', 'for example', 'example', 'format', 'yyyy', 'mm/dd', 'dd/mm', 'p. ex', 'par exemple', 'exemple', 'aaaa', 'jj/mm']);
const ELLIPTICAL_BORN = /^\W*(?:born|nee?s?)\b[^.!?]{0,12}$/u;
// A parent announcing their own baby: family news on the author's side, not a record about someone.
const BIRTH_NEWS = /welcome to the world|welcome (?:our|little)|bienvenue (?:au|dans le) monde|notre (?:bebe|petit|petite)|our (?:baby|little)/u;
const THIRD_PARTY = /\b(?:to|a|for|congrats|congratulations|welcome|bienvenue|bravo|he|she|his|her|il|elle|sa|son|notre|our|my|mon|ma)\b|@/u;
// A death notice ("Obituary: …, born March 9, 1941, passed away…", « Avis de décès : …, né le 9 mars 1941, est
// décédé… »): the family publishes the dates of a life, as it announces a birth.
const DEATH_NOTICE = lexicon([
  'obituary', 'obituaries', 'passed away', 'passed peacefully', 'died', 'in loving memory', 'in memoriam', 'predeceased', 'celebration of life',
  'funeral', 'avis de deces', 'necrologie', 'est decede', 'est decedee', 'decede le', 'decedee le', 'nous a quittes', 'nous a quittees',
  'funerailles', 'predecede', 'predecedee', 'en memoire de',
]);
// Someone the author serves: their death notice is still a record about a client.
const SERVED = lexicon(['client', 'clients', 'patient', 'patients', 'applicant', 'claimant', 'resident', 'inmate', 'cliente', 'patiente', 'beneficiaire', 'demandeur', 'demandeuse', 'requerant', 'requerante', 'residente', 'detenu', 'detenue']);
// A pet's birthday ("Our golden retriever Maple turned 12 today. Born April 3, 2013", « notre chatte Minou, née le
// 3 avril 2013 »): no person's record at all.
const PET = lexicon([
  'dog', 'dogs', 'puppy', 'pup', 'cat', 'cats', 'kitten', 'kitty', 'retriever', 'labrador', 'lab', 'beagle', 'poodle', 'husky',
  'shepherd', 'terrier', 'collie', 'spaniel', 'doodle', 'horse', 'pony', 'mare', 'foal', 'rabbit', 'bunny', 'hamster',
  'guinea pig', 'parrot', 'budgie', 'tortoise', 'turtle', 'pet', 'pets', 'fur baby', 'furbaby', 'chien', 'chienne', 'chiens',
  'chiot', 'chat', 'chatte', 'chaton', 'minou', 'cheval', 'jument', 'poulain', 'lapin', 'perroquet', 'tortue', 'animal',
  'toutou', 'pitou',
]);
/** The sentence before honours a public figure ("…we honour the Honourable X. Born …"). */
function honouredBefore(unit: Unit): boolean {
  HONOURED.lastIndex = 0;
  return !!unit.before && HONOURED.test(stripAccents(unit.before.toLowerCase()));
}
function petBefore(unit: Unit, start: number): boolean {
  PET.lastIndex = 0;
  if (PET.test(unit.plain.slice(Math.max(0, start - 50), start))) return true;
  PET.lastIndex = 0;
  return start < 50 && !!unit.before && PET.test(stripAccents(unit.before.toLowerCase()).slice(-(50 - start)));
}
// A public figure honoured in public ("the Honourable Lincoln Alexander, born January 21, 1922", « l'honorable
// …, né le 21 janvier 1922 »): a biography's date, already public, not a record about a private person.
const HONOURED = lexicon([
  'the honourable', 'the honorable', 'the hon', 'legacy', 'we honour', 'we remember', 'commemorate', 'commemorates',
  'commemorating', 'commemoration', 'commemorative', 'in memory of', 'posthumously', "l'honorable", 'feu', 'heritage de',
  "l'heritage", 'nous soulignons', 'nous honorons', 'commemorer', 'commemoration', 'commemoratif', 'commemorative', 'en memoire de',
  'a titre posthume',
]);
// Any of the birth words, as a cheap gate before the date patterns run.
const GATE = /birth|born|\bdob\b|d\.o\.b|naissance|\bddn\b|\bnee?s? (?:le|en)\b|anniversaire|\bfete\b|b-?day/;

const MESSAGES: Record<'record' | 'other' | 'family', Localized> = {
  record: {
    en: "This looks like someone's date of birth. With a name it identifies a person and is used to verify identity; posting it discloses personal information.",
    fr: "Ceci ressemble à la date de naissance de quelqu'un. Avec un nom, elle identifie une personne et sert à vérifier son identité : la publier divulgue un renseignement personnel.",
  },
  other: {
    en: "This looks like someone else's date of birth, which reveals their age. Post it only with their consent.",
    fr: "Ceci ressemble à la date de naissance d'une autre personne, qui révèle son âge. Publiez-la seulement avec son consentement.",
  },
  family: {
    en: 'A family birth date: your call on a personal account, but a full date of birth helps identity thieves.',
    fr: "Une date de naissance familiale : c'est votre choix sur un compte personnel, mais une date de naissance complète aide les fraudeurs.",
  },
};

export default defineRule({
  id: 'personal-info/date-of-birth',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-personal-information', 'fippa-identifying-numbers', 'ops-personal-use'],
  title: { en: 'Date of birth', fr: 'Date de naissance' },
  why: MESSAGES.record,
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d/.test(unit.plain) || !(GATE.test(unit.plain) || GATE.test(unit.before))) return [];
    const hits: Hit[] = [];
    for (const d of dates(unit)) {
      const { start, end } = d;
      // A birth more than 115 years ago is history, not a record about a living person (a client
      // of 101 is not history).
      if (d.year !== undefined && d.year < new Date().getFullYear() - 115) continue;
      // "Née le 14 février 1985" opening a sentence has no subject of its own: it is the author,
      // unless the sentence before was about someone else ("Happy 40th to our manager, Farhan!").
      const elliptical = ELLIPTICAL_BORN.test(unit.plain.slice(0, start));
      if (elliptical && (!THIRD_PARTY.test(unit.before) || BIRTH_NEWS.test(unit.before))) continue;
      // A pet named before the date (in the sentence, or the one before for "Born …"): an animal, not a person.
      if (petBefore(unit, start) && !near(unit, SERVED, start, end, 80)) continue;
      const label = near(unit, LABEL, start, end, 40);
      const born = near(unit, BORN, start, end, 30);
      const weak = near(unit, WEAK, start, end, 40);
      if (!label && !born && !weak) continue;
      // A form label ("DOB:") is a record whatever else is said ("the legacy system's DOB field").
      if (!label && (near(unit, HONOURED, start, end, 200) || (start < 200 && honouredBefore(unit)))) continue;
      if (near(unit, SELF, start, end, 50) || near(unit, SAMPLE, start, end, 25)) continue;
      const suggestion = maskSuggestion(maskDigits(unit.text.slice(start, end)), 'date');
      const notice = near(unit, DEATH_NOTICE, start, end, 80) && !near(unit, SERVED, start, end, 80);
      if (near(unit, FAMILY, start, end, 50) || notice) {
        hits.push({ start, end, message: MESSAGES.family, severity: severities('tip', 'medium', 'medium'), suggestion });
      } else if (label) {
        // A form label ("DOB:") means the date comes from a record.
        hits.push({ start, end, message: MESSAGES.record, suggestion });
      } else if (born && !weak && (elliptical || personNear(unit, start, end, 50, { names: true }))) {
        hits.push({ start, end, message: MESSAGES.record, severity: d.year ? severities('high') : severities('medium'), suggestion });
      } else if (d.year !== undefined && personNear(unit, start, end, 50, { pronouns: false, names: true })) {
        // A birthday wish with the full date: friendly, but it gives away the person's age.
        hits.push({ start, end, message: MESSAGES.other, severity: severities('medium'), suggestion });
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      // Kin with a fond word between: the family tip, not a record.
      { text: 'Happy 40th to my wonderful husband Luc! Born Feb 12, 1986 and still can\'t load a dishwasher 😂', mode: 'personal', severity: 'tip' },
      { text: 'Bonne fête à mon merveilleux mari Luc! Né le 12 février 1986 et toujours incapable de remplir le lave-vaisselle 😂', mode: 'personal', severity: 'tip' },
      { text: 'Client DOB: 1984-07-23, please update the file.', span: '1984-07-23', severity: 'high' },
      // Family news on a personal account: advice, not an alarm.
      { text: "Dad's 80th was a blast! Born March 3, 1945 in Sudbury and still unbeatable at cribbage.", span: 'March 3, 1945', mode: 'personal', severity: 'tip' },
      { text: 'Grosse fête de papa hier : il est né le 3 mars 1945 à Sudbury et reste imbattable aux cartes.', span: '3 mars 1945', mode: 'personal', severity: 'tip' },
      { text: 'The applicant was born on March 5, 1980 in Sudbury.', span: 'March 5, 1980', severity: 'high' },
      { text: 'Happy birthday to my colleague Priya, born 14 June 1990!', span: '14 June 1990', severity: 'medium' },
      { text: 'Le patient est né le 5 mars 1980 à Timmins.', span: '5 mars 1980', severity: 'high' },
      { text: 'Date de naissance de la cliente : 23/07/1984.', span: '23/07/1984', severity: 'high' },
      { text: 'Happy 40th to the best manager at the ministry, Farhan! Born Oct 3, 1985 in Karachi.', span: 'Oct 3, 1985' },
      { text: 'Une cliente de 101 ans est venue nous voir. Mme Lucienne Paquette, née le 5 mars 1923, toujours aussi vive!', span: '5 mars 1923' },
      // A death notice or a kin named in the sentence before: family news, advice on a personal account.
      { text: 'Obituary: Robert McAllister, born March 9, 1941, passed away peacefully on February 2, 2025.', span: 'March 9, 1941', mode: 'personal', severity: 'tip' },
      { text: 'Avis de décès : Jean-Guy Lalonde, né le 9 mars 1941, est décédé le 2 février 2025.', span: '9 mars 1941', mode: 'personal', severity: 'tip' },
      { text: 'My grandmother turns 100 on Sunday! Born March 9, 1925, in Timmins.', span: 'March 9, 1925', mode: 'personal', severity: 'tip' },
      { text: "Ma tante a 90 ans aujourd'hui! Née le 9 mars 1935 à Hearst.", span: '9 mars 1935', mode: 'personal', severity: 'tip' },
      // A client's death notice is still a client's record.
      { text: 'Our client Mr. Dube, born March 9, 1941, passed away yesterday.', span: 'March 9, 1941', severity: 'high' },
    ],
    valid: [
      // A public figure honoured: a biography's date.
      { text: 'Today we honour the legacy of the Honourable Ruth Okafor, born March 3, 1931 in Windsor, the first woman to chair the board.', mode: 'official' },
      { text: "Aujourd'hui, nous soulignons l'héritage de l'honorable Ruth Okafor, née le 3 mars 1931 à Windsor.", mode: 'official' },
      'I was born on March 5, 1980, and today I turn 45!',
      'My birthday is June 14, so cake for everyone.',
      'Sir John A. Macdonald was born on January 11, 1815.',
      'The program launched on March 5, 2020 across Ontario.',
      'Je suis née le 5 mars 1980 à Sudbury.',
      '40 ans aujourd’hui! Née le 14 février 1985, eh oui, une vraie Saint-Valentin.',
      'Welcome to the world, Noor! Born May 12 at 3:42 a.m., 7 lb 2 oz. Mom and baby are doing great.',
      'Le rapport du 23/07/2024 est en ligne.',
      // A pet's birthday.
      "Our golden retriever Maple turned 12 today. Born April 3, 2013 on a farm near Guelph. Still thinks she's a puppy.",
      "Notre chatte Minou a 10 ans aujourd'hui! Née le 3 avril 2015 dans une grange à Casselman.",
      'Entrez votre date de naissance au format JJ/MM/AAAA, par exemple 31/01/1990.',
    ],
  },
});
