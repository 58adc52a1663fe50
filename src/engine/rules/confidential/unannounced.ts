// Hints about government decisions, funding or announcements that are not public yet: an explicit
// secret ("you didn't hear it from me", "entre nous"), an insider source ("word is the ministry
// will…", "mon directeur a dit") or a teaser ("big news coming for transit 😉"). A hint alone is
// not enough ("big news, we're expecting a baby!"): it must bear on a government or work matter,
// in the sentence or the one before. Official accounts legitimately tease scheduled announcements,
// so there it is only a tip (leaks of unannounced decisions: guidelines §1.7 #11).
import { defineRule } from '../../define-rule.js';
import { lexicon } from '../../match.js';
import type { Hit, Localized, Span, Unit } from '../../types.js';
import { FUTURE_MARKERS_EN, POLICY_ACTIONS_EN, RUMOUR_HINTS_EN, SECRECY_HINTS_EN, TEASE_HINTS_EN } from '../../lexicons/en/confidential-hints.js';
import { FUTURE_MARKERS_FR, POLICY_ACTIONS_FR, RUMOUR_HINTS_FR, SECRECY_HINTS_FR, TEASE_HINTS_FR } from '../../lexicons/fr/confidential-hints.js';
import { GOV_OBJECTS_EN, SECTORS_EN, WORK_OBJECTS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR, SECTORS_FR, WORK_OBJECTS_FR } from '../../lexicons/fr/confidential-context.js';
import { adviceBefore, firstOutside, hasUrl, plainBefore, publicCue, spans, test, trainingCue } from './context.js';

type Tier = 'secret' | 'rumour' | 'tease';

const SECRECY = lexicon([...SECRECY_HINTS_EN, ...SECRECY_HINTS_FR]);
const RUMOUR = lexicon([...RUMOUR_HINTS_EN, ...RUMOUR_HINTS_FR]);
const TEASE = lexicon([...TEASE_HINTS_EN, ...TEASE_HINTS_FR]);
// 🤫 🤐 say "secret"; 😉 😏 👀 and ;) only tease.
const EMOJI_SECRET = /\u{1F92B}|\u{1F910}/gu;
const EMOJI_TEASE = /\u{1F609}|\u{1F60F}|\u{1F440}|;-?\)/gu;
const EMOJI_ONLY = /^(?:\u{1F609}|\u{1F60F}|\u{1F440}|;-?\))$/u;
const GOV = lexicon([...GOV_OBJECTS_EN, ...GOV_OBJECTS_FR]);
const SECTOR = lexicon([...SECTORS_EN, ...SECTORS_FR]);
const WORK = lexicon([...WORK_OBJECTS_EN, ...WORK_OBJECTS_FR]);
const ACTION = lexicon([...POLICY_ACTIONS_EN, ...POLICY_ACTIONS_FR]);
const FUTURE = lexicon([...FUTURE_MARKERS_EN, ...FUTURE_MARKERS_FR]);
// A sentence about the rules themselves ("off-the-record chats are still covered by the oath").
const META = lexicon(['oath', 'serment', 'guidelines', 'lignes directrices', 'code of conduct', "code d'éthique", 'is a breach', 'est un manquement']);

const MESSAGES: Record<Tier, Localized> = {
  secret: {
    en: 'This hints at work information that is not public yet. Even a hint ("can\'t say more", "between us") can reveal a decision before it is announced; your oath covers what you learn at work until it is made public.',
    fr: "Ce passage laisse entendre une information de travail qui n'est pas encore publique. Même une allusion (« je ne peux pas en dire plus », « entre nous ») peut révéler une décision avant son annonce; votre serment couvre ce que vous apprenez au travail tant que ce n'est pas rendu public.",
  },
  rumour: {
    en: 'This passes on what you heard at work about a government decision that is not public yet. Relaying it, even as a rumour, discloses information your oath asks you to keep.',
    fr: "Ce passage relaie ce que vous avez appris au travail sur une décision du gouvernement qui n'est pas encore publique. La relayer, même comme rumeur, divulgue une information que votre serment vous demande de garder pour vous.",
  },
  tease: {
    en: 'This teases a government announcement. Before it is public, hinting at what is coming can reveal a decision; wait for the announcement and share the link then.',
    fr: "Ce passage laisse présager une annonce du gouvernement. Avant qu'elle soit publique, y faire allusion peut révéler une décision; attendez l'annonce, puis partagez le lien.",
  },
};

// "Our DM told us…", "ma directrice nous a annoncé…": a superior relays something internal.
const SOURCE =
  /\b(?:my|our|the)\s+(?:director|manager|boss|dm|adm|deputy|deputy minister|supervisor|exec|executives|executive director|ed|vp|senior management|leadership|leadership team|minister's office|chief of staff)\s+(?:just\s+)?(?:said|says|told us|told me|told staff|told everyone|mentioned|announced|confirmed|shared|let slip|hinted|informed us|briefed us)\b|\b(?:mon|ma|notre|le|la|nos)\s+(?:directeur|directrice|gestionnaire|patron|patronne|sous-ministre|sous-ministre adjoint|sous-ministre adjointe|sma|superviseur|superviseure|haute direction|equipe de direction|cabinet du ministre|directeur general|directrice generale)\s+(?:a dit|nous a dit|m'a dit|nous a annonce|a annonce|a confirme|nous a confirme|a mentionne|a laisse entendre|a laisse echapper|nous a informes|vient de nous dire|vient de nous annoncer)\b/g;

function hints(s: string): { span: Span; tier: Tier }[] {
  const out: { span: Span; tier: Tier }[] = [];
  for (const m of spans(SOURCE, s)) out.push({ span: m, tier: 'rumour' });
  for (const m of spans(SECRECY, s)) out.push({ span: m, tier: 'secret' });
  for (const m of spans(EMOJI_SECRET, s)) out.push({ span: m, tier: 'secret' });
  for (const m of spans(RUMOUR, s)) out.push({ span: m, tier: 'rumour' });
  for (const m of spans(TEASE, s)) out.push({ span: m, tier: 'tease' });
  for (const m of spans(EMOJI_TEASE, s)) out.push({ span: m, tier: 'tease' });
  const rank: Record<Tier, number> = { secret: 0, rumour: 1, tease: 2 };
  return out.sort((a, b) => rank[a.tier] - rank[b.tier] || a.span.start - b.span.start);
}

/** Whether the matter is a government or work one: in this sentence (outside the hints) or the one before. */
function objectsFor(tier: Tier, teased: boolean): RegExp[] {
  // "Big news for schools next week, can't say more": a sector counts for a secret when it is also teased.
  if (tier === 'secret') return teased ? [GOV, WORK, SECTOR] : [GOV, WORK];
  if (tier === 'rumour') return [GOV, SECTOR, WORK];
  return [GOV, SECTOR];
}

/** The government or work matter the hint bears on: here, or (when the previous sentence did not
 * already raise a hint of its own) in the sentence before. */
function objectOf(unit: Unit, tier: Tier, avoid: Span[], before: string, beforeHinted: boolean, teased: boolean): Span | null {
  const res = objectsFor(tier, teased);
  for (const re of res) {
    const m = firstOutside(unit, re, avoid);
    if (m) return m;
  }
  // Only in the sentence before: reported as { -1, -1 }.
  if (before && !beforeHinted && res.some((re) => test(re, before))) return { start: -1, end: -1 };
  return null;
}

// An amount or a date makes a secret specific: "$40M", "20%", "in March".
const SPECIFIC = /\b(?:sneak peek|first look|preview|avant-gout|apercu|en primeur)\b|\$\s?\d|\d\s?(?:%|\$|m\b|k\b|million|billion|milliards?|millions?)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/;

/** A claim says what happens to the matter: a policy action, a future, an amount or a date. A
 * rumour needs an action ("the ministry will cut…"), not only a future ("…will win the league"). */
function claim(unit: Unit, avoid: Span[], tier: Tier): boolean {
  if (firstOutside(unit, ACTION, avoid) !== null) return true;
  if (tier === 'rumour') return false;
  return firstOutside(unit, FUTURE, avoid) !== null || SPECIFIC.test(unit.plain);
}

/** Whether a claim is made in a plain string (the previous sentence). */
function claimIn(s: string, tier: Tier): boolean {
  if (test(ACTION, s)) return true;
  return tier !== 'rumour' && (test(FUTURE, s) || SPECIFIC.test(s));
}

export default defineRule({
  id: 'confidential/unannounced',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'tip' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles', 'ops-personal-use'],
  title: { en: 'Hint about an unannounced decision', fr: 'Allusion à une décision non annoncée' },
  why: MESSAGES.secret,
  detect(unit) {
    const before = plainBefore(unit);
    const here = hints(unit.plain);
    const prev = before ? hints(before) : [];
    if (!here.length && !prev.length) return [];
    if (trainingCue(unit) || test(META, unit.plain)) return [];
    const avoid = here.map((h) => h.span);
    let isPublic: boolean | undefined;
    const publicOnce = () => (isPublic ??= publicCue(unit));
    const teased = here.some((h) => h.tier === 'tease');
    for (const { span, tier } of here) {
      if (adviceBefore(unit, span.start)) continue;
      // A wink alone is a joke ("Official favourite bakery of the Ministry 😉"); it teases news only
      // next to a future or a specific (date, amount, "coming").
      if (tier === 'tease' && EMOJI_ONLY.test(unit.plain.slice(span.start, span.end)) && here.every((h) => h.tier === 'tease' && EMOJI_ONLY.test(unit.plain.slice(h.span.start, h.span.end)))
        && firstOutside(unit, FUTURE, avoid) === null && !SPECIFIC.test(unit.plain)) continue;
      if (tier !== 'secret' && publicOnce()) continue;
      const obj = objectOf(unit, tier, avoid, before, prev.length > 0, teased);
      if (!obj) continue;
      if (tier !== 'tease' && !claim(unit, avoid, tier) && !(obj.start < 0 && claimIn(before, tier))) continue;
      const hit: Hit = { start: span.start, end: span.end, message: MESSAGES[tier] };
      if (tier === 'tease' && hasUrl(unit)) hit.severity = { personal: 'tip', professional: 'tip', official: 'tip' };
      return [hit];
    }
    // A hint in the previous sentence that named no matter, and the matter here:
    // "Can't say much yet. But the ministry is about to change the funding rules."
    if (here.length || !prev.length) return [];
    const tier = prev[0]!.tier;
    const res = objectsFor(tier, false);
    let blanked = before;
    for (const h of prev) blanked = blanked.slice(0, h.span.start) + ' '.repeat(h.span.end - h.span.start) + blanked.slice(h.span.end);
    const beforeHasObject = res.some((re) => test(re, blanked));
    if (beforeHasObject) return [];
    if (tier !== 'secret' && publicOnce()) return [];
    let obj: Span | null = null;
    for (const re of res) obj ??= firstOutside(unit, re);
    if (!obj) return [];
    if (tier !== 'tease' && !claim(unit, [], tier)) return [];
    return [{ start: obj.start, end: obj.end, message: MESSAGES[tier] }];
  },
  examples: {
    invalid: [
      { text: "Big news coming Thursday on the new transit funding, can't say more 😉", span: "can't say more", severity: 'high' },
      { text: "You didn't hear it from me, but the ministry is merging the two northern offices.", span: "You didn't hear it from me" },
      { text: 'Word is the government will freeze hiring across the OPS next month.', span: 'Word is' },
      { text: 'Stay tuned, big changes are coming for long-term care.', span: 'Stay tuned' },
      { text: "Can't say much yet. But the ministry is about to rewrite the funding rules for clinics.", span: 'ministry' },
      { text: "Entre nous, le ministère va couper le programme d'aide aux agriculteurs.", span: 'Entre nous' },
      { text: 'Grosse annonce la semaine prochaine pour les écoles francophones, je ne peux pas en dire plus!', span: 'je ne peux pas en dire plus' },
      { text: 'Stay tuned: big announcement next week for the housing sector!', mode: 'official', severity: 'tip' },
    ],
    valid: [
      "Big news, we're expecting a baby in June!",
      'Use my code ADA10 at the bakery! (Official favourite bakery of the Ministry of Agriculture 😉)',
      "Between you and me, my sister's lasagna beats my mother's.",
      'Stay tuned for more photos from our family trip to Algonquin Park.',
      'The ministry announced new transit funding today, details here: https://news.ontario.ca/en/release/2',
      "Can't say much about the plot of this movie without spoiling it, just go see it.",
      'Grosse nouvelle : nous avons adopté un chien!',
      "Ça reste entre nous, mais je crois que mon chat préfère mon voisin.",
      'Between us, the ministry cafeteria has the best soup in town.',
      'Word is the ministry softball team will win the league this year.',
      'La rumeur dit que le resto du coin va ouvrir un deuxième local.',
    ],
  },
});
