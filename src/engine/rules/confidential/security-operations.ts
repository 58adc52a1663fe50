// Security-sensitive operations: an enforcement raid or surprise inspection still to come, a
// password or door code, an open weakness in a workplace system. Past raids, video-game raids,
// "the Wi-Fi password is on the board" and a vulnerability already patched are not flagged.
// Ministries sometimes publicize enforcement blitzes on purpose, so a plain "inspection blitz next
// week on Highway 11" is medium from a person and off for an official account; a surprise
// operation is high everywhere.
import { defineRule } from '../../define-rule.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit, Localized, Span, Unit } from '../../types.js';
import {
  CREDENTIAL_WORDS_EN, ENFORCEMENT_OPERATIONS_EN, FIXED_EN, FUTURE_TIMES_EN, NOT_OPERATIONS_EN, OWNERSHIP_EN,
  SOCIAL_VISITS_EN, SURPRISE_OPERATIONS_EN, TECH_SYSTEMS_EN, VULNERABILITY_TERMS_EN,
} from '../../lexicons/en/confidential-security.js';
import {
  CREDENTIAL_WORDS_FR, ENFORCEMENT_OPERATIONS_FR, FIXED_FR, FUTURE_TIMES_FR, NOT_OPERATIONS_FR, OWNERSHIP_FR,
  SOCIAL_VISITS_FR, SURPRISE_OPERATIONS_FR, TECH_SYSTEMS_FR, VULNERABILITY_TERMS_FR,
} from '../../lexicons/fr/confidential-security.js';
import * as enp from '../../lexicons/en/confidential-security.js';
import * as frp from '../../lexicons/fr/confidential-security.js';
import { adviceBefore, around, inUnitOrBefore, publicCue, spans, test, trainingCue } from './context.js';
import { plainBefore } from '../../text/unit.js';

const SURPRISE = lexicon([...SURPRISE_OPERATIONS_EN, ...SURPRISE_OPERATIONS_FR]);
const ENFORCEMENT = lexicon([...ENFORCEMENT_OPERATIONS_EN, ...ENFORCEMENT_OPERATIONS_FR]);
const NOT_OPS = lexicon([...NOT_OPERATIONS_EN, ...NOT_OPERATIONS_FR]);
const SOCIAL = lexicon([...SOCIAL_VISITS_EN, ...SOCIAL_VISITS_FR]);
const FUTURE = lexicon([...FUTURE_TIMES_EN, ...FUTURE_TIMES_FR]);
const VULN = lexicon([...VULNERABILITY_TERMS_EN, ...VULNERABILITY_TERMS_FR]);
const TECH = lexicon([...TECH_SYSTEMS_EN, ...TECH_SYSTEMS_FR]);
const OWNERSHIP = lexicon([...OWNERSHIP_EN, ...OWNERSHIP_FR]);
const FIXED = lexicon([...FIXED_EN, ...FIXED_FR]);
const INCIDENTS = lexicon([...enp.SECURITY_INCIDENTS_EN, ...frp.SECURITY_INCIDENTS_FR]);
const INCIDENT_HIDDEN = lexicon([...enp.INCIDENT_NOT_PUBLIC_EN, ...frp.INCIDENT_NOT_PUBLIC_FR]);
// A cheap gate before the credential patterns, which spell out the same words.
const CREDENTIAL_WORDS = lexicon([...CREDENTIAL_WORDS_EN, ...CREDENTIAL_WORDS_FR]);
const NEGATED = /(?:\b(?:not|never|yet|pas|non|jamais)\s+|n't\s+|\bun)$/;
// Physical security of a workplace: a barrier left open, a security system down, thin guard staffing.
const BARRIERS = lexicon([...enp.PHYSICAL_BARRIERS_EN, ...frp.PHYSICAL_BARRIERS_FR]);
const BARRIER_WEAK = lexicon([...enp.BARRIER_WEAKNESSES_EN, ...frp.BARRIER_WEAKNESSES_FR]);
const SYSTEMS = lexicon([...enp.SECURITY_SYSTEMS_EN, ...frp.SECURITY_SYSTEMS_FR]);
const SYSTEM_DOWN = lexicon([...enp.SYSTEM_FAILURES_EN, ...frp.SYSTEM_FAILURES_FR]);
const STAFF = lexicon([...enp.SECURITY_STAFF_EN, ...frp.SECURITY_STAFF_FR]);
const STAFF_GAP = lexicon([...enp.STAFF_GAPS_EN, ...frp.STAFF_GAPS_FR]);
const WORKPLACE = lexicon([...enp.WORKPLACE_CUES_EN, ...frp.WORKPLACE_CUES_FR]);
const HOME = lexicon([...enp.HOME_CUES_EN, ...frp.HOME_CUES_FR]);
const EXPOSURE = lexicon([...enp.EXPOSURE_CUES_EN, ...frp.EXPOSURE_CUES_FR]);
// Cheap gate for the physical checks: every control word contains one of these stems.
const PHYSICAL_GATE = /door|gate|lock|latch|fence|dock|exit|room|vault|turnstile|window|reader|badge|card|fob|camera|cctv|alarm|sensor|guard|security|commissionaire|patrol|porte|barriere|serrure|loquet|pene|cloture|quai|sortie|salle|voute|coffre|tourniquet|fenetre|lecteur|carte|acces|gardien|agent|poste|ronde|patrouille/;
// Between a security system and its failure: where it is, then the verb ("at the back entrance of
// the jail have been", « du palais de justice sont encore »).
// Three checks, not one pattern: a free run between a preposition and a verb was too costly to prove linear.
const PLACE_START = /^\s{1,3}(?:at|in|on|of|for|near|by|au|aux|a|de|du|des|dans|pres)\s/;
const VERB_END = /\s(?:have been|has been|have had an?|has had an?|have an?|has an?|are|is|were|was|sont|est|etaient|etait|ont ete|a ete|ont un|a un)(?:\s{1,3}(?:still|all|completely|totally|toujours|encore|completement))?\s{1,3}$/;
const placeThenVerb = (s: string) => PLACE_START.test(s) && !/[.!?;:]/.test(s) && VERB_END.test(s);
// Between a staffing word and the guard: a number ("only 2 guards", « juste un gardien »).
// "hasn't locked since Christmas", « la porte barre plus »: a barrier that does not close, in any tense.
const NOT_CLOSING =
  /(?<![\p{L}])(?:(?:doesn't|does not|don't|do not|won't|will not|hasn't|has not|haven't|have not|didn't|did not|can't|cannot|never|isn't|aren't|not)\s{1,3}(?:been\s{1,3})?(?:(?:properly|fully|even|really)\s{1,3})?(?:lock|latch|close|shut)(?:ed|ing|s)?|(?:ne\s{1,3}|n')?(?:se\s{1,3})?(?:barre|barrent|ferme|ferment|verrouille|verrouillent|embarre|embarrent)\s{1,3}(?:pas|plus|jamais))(?![\p{L}])/gu;
// "anyone at 5775 Yonge", « ceux au 777, rue Bay »: a street number names a building.
const AT_ADDRESS = /(?<![\p{L}\p{N}])(?:at|au|@)\s{1,3}\d{1,5},?\s{1,3}(?:(?:rue|avenue|av\.|boul\.|boulevard|chemin)\s{1,3})?\p{Lu}/u;
const STAFF_NUMBER = /^\s{1,3}(?:(?:\d{1,2}|one|two|a|un|une|deux|single|seul|seule)\s{1,3})?(?:(?:security|de securite)\s{1,3})?$/;

// Cheap gate: every operation, credential and weakness term of this rule contains one of these stems.
const GATE =
  /pass|\bpwd?\b|\bpin\b|code|combo|combination|login|\bmdp\b|\bnip\b|raid|sting|surprise|unannounced|undercover|warrant|takedown|spot.check|covert|blitz|crackdown|sweep|enforcement|inspect|seizure|checkpoint|ride check|joint op|big op|full search|cell search|institutional search|shakedown|tactical|deployed|fouille|deploye|descente|rafle|inopine|perquisition|coup de poing|infiltration|agent double|couverture|operation|saisie|barrage|controle|repression|ratissage|vuln|exploit|patch|zero-day|0-day|hole|flaw|security gap|backdoor|back door|open port|default|misconfig|exposed|injection|xss|\brce\b|bypass|mfa|plain ?text|anyone can|authentication|out of support|windows (?:7|xp)|faille|breche|corrige|derobee|port ouvert|par defaut|mal configur|contourner|multifacteur|double authentification|en clair|n'importe qui|supporte|pris en charge/;
const PAST = /\b(?:yesterday|last (?:week|night|month|monday|tuesday|wednesday|thursday|friday)|ago|earlier this|was raided|were raided|happened|hier|la semaine derniere|le mois dernier|a eu lieu|ont eu lieu|avons fait|a fait|ont fait)\b/;
// Cheap gate for incidents: every incident term contains one of these stems.
const PUBLIC_VERSION = /\b(?:the notice|the official line|they told the public|what they told|the press release|l'avis|la version officielle|ce qu'ils ont dit au public)\b/;
const INCIDENT_GATE = /ransom|rancon|cyber|breach|breche|hack|malware|malveillant|compromis|intrusion|pirat|fuite de donnees|attaque informatique/;
// Who conducts the operation: a "raid" without enforcers is a game or a fridge.
const ENFORCERS =
  /\b(?:police|opp|officers?|inspectors?|enforcement|ministry|warrant|team|we|we're|we'll|our|conservation officers?|bylaw|cra|cbsa|rcmp|investigators?|compliance|policiers?|inspecteurs?|inspectrices?|enqueteurs?|agents?|ministere|equipe|on va|nous allons|notre)\b/;
const TIP_OFF =
  /\b(?:we|we're|we'll|our|my team|i'm|i'll|tell your|heads up|fyi|warn|avoid|don't tell|chut|on va|on fait|nous allons|notre equipe|mon equipe|dites-le|evitez|avertissez|heard at work|from work|heard from work|entendu au travail|entendu au bureau|appris au travail)\b/;
const NEEDS_ENFORCERS =
  /^(?:raids?|sting|takedown|descentes?|rafle|surprise visits?|visites? surprises?|surprise checks?|spot checks?|(?:are|is|will|will be) hitting|will hit|are raiding|will raid|are swooping|will swoop|debarquent|vont debarquer|va debarquer|debarque|descendent|vont descendre)$/;
// Operations named in the jargon of those who run them ("joint op", "full search", « fouille générale »):
// a kitchen-painting "joint op" is not one, so an enforcement agency or a jail must be named, here or
// in the sentence before ("corrections fam… full search at Maplehurst").
const JARGON =
  /^(?:joint ops?|joint operation|big op|full search|cell searche?s?|institutional search|shakedown|tactical team|being deployed|getting deployed|operation conjointe|fouilles? generale|fouilles? complete|fouilles? des cellules|fouilles? de cellules|equipe tactique|vont etre deployes|va etre deployee|sont deployes)$/;
const AGENCIES =
  /\b(?:police|opp|rcmp|cbsa|mnrf|conservation officers?|game wardens?|bylaw|irt|ert|k9|corrections|correctional|jail|detention|institution|inmates?|inspectors?|enforcement|sq|spvm|grc|services correctionnels|prison|centre de detention|detenus?|agents? de conservation|agents? de la faune|inspecteurs?|inspectrices?)\b/;
// A place an operation targets: "at 120 Main St", "on Highway 11", "chez Dupont", "à Timmins".
const PLACE_TEXT = /(?<![\p{L}])(?:at|on|in|near|between|chez|a|à|au|sur|près de|entre)\s+(?:(?:the|le|la|les)\s+)?(?:\d{1,5}\s+)?[A-ZÉÈ][\p{L}'-]+|\b\d{1,5}\s+[A-Z][\p{L}'-]+\s+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Dr|rue|chemin|boulevard)\b|\b(?:highway|hwy|autoroute|route)\s+\d{1,4}\b|\b(?:the|la|le)\s+\d{2,3}\s+(?:between|near|at|from|entre|pres|a)\b/u;

const CRED_EN =
  /\b(?:(?:the|our|my|wifi|wi-fi|admin|network|server|door|building|alarm|vpn|office|guest)\s+)?(?:password|passcode|passphrase|pass code|pwd|pw|pin(?: code)?|door code|access code|entry code|alarm code|lock code|keypad code|gate code|combination|combo)(?: [a-z0-9'-]+){0,4}? ?(?:is(?: still| now)?|=|:|was changed to|changed to|is set to) ?["'«]? ?([^\s"'»]{3,40})/g;
const CRED_FR =
  /\b(?:(?:le|notre|mon|ton|votre|la)\s{1,3})?(?:mot de passe|mdp|nip|code d'acces|code de la porte|code du portail|code d'alarme|code du systeme d'alarme|code de l'alarme|combinaison|code du cadenas|code wifi|code du wifi)(?: [a-z0-9'-]+){0,4}? ?(?:est(?: toujours| maintenant)?|:|=|c'est|a ete change pour) ?["'«]? ?([^\s"'»]{3,40})/g;
// "The alarm code … hasn't changed in 10 years lol, it's 1-2-3-4": the code told further on in the sentence.
const TOLD_LATER = /(?:^|[\s,;:(])(?:it's|it is|c'est|is|est|=)\s{0,2}(?:(?:still|now|encore|toujours|maintenant)\s{1,2})?["'«]?\s?([^\s"'»]{3,40})/g;
const NOT_A_SECRET = /^(?:\d{1,2}\s+(?:characters?|chars|digits|letters|caracteres|chiffres|lettres))/;
// The Internet's joke passwords (bash.org's "hunter2", xkcd's "correct horse battery staple") are
// quoted as jokes, never anyone's secret.
const JOKE_PASSWORD = /^(?:hunter2|\*{7}|correcthorsebatterystaple)[.,;:!)]*$/i;

const MESSAGES: Record<'operation' | 'credential' | 'vulnerability' | 'physical', Localized> = {
  physical: {
    en: "This describes a gap in a workplace's physical security (a door that does not lock, a badge reader or camera down, thin guard staffing). Details like these help someone get in; report them to facilities or security, not in public.",
    fr: "Ce passage décrit une faille dans la sécurité physique d'un lieu de travail (porte qui ne se verrouille pas, lecteur de cartes ou caméra en panne, peu de gardiens). Ce genre de détail aide quelqu'un à entrer; signalez-le aux installations ou à la sécurité, pas en public.",
  },
  operation: {
    en: 'This announces an enforcement operation or surprise inspection before it happens. Its success and the safety of staff depend on it staying confidential.',
    fr: "Ce passage annonce une opération d'application de la loi ou une inspection surprise avant qu'elle ait lieu. Son succès et la sécurité du personnel dépendent de sa confidentialité.",
  },
  credential: {
    en: 'This looks like a password or an access code. Posting it gives anyone access; remove it and change it if it was ever posted.',
    fr: "Ceci ressemble à un mot de passe ou à un code d'accès. Le publier donne l'accès à n'importe qui; retirez-le et changez-le s'il a déjà été publié.",
  },
  vulnerability: {
    en: 'This describes an open security weakness in a workplace system. Details like these help attackers; report them through your IT security channel, not in public.',
    fr: "Ce passage décrit une faille de sécurité ouverte dans un système du milieu de travail. Ce genre de détail aide les attaquants; signalez-la par le canal de sécurité des TI, pas en public.",
  },
};

function operationHits(unit: Unit): Hit[] {
  const p = unit.plain;
  if (!test(SURPRISE, p) && !test(ENFORCEMENT, p)) return [];
  if (!inUnitOrBefore(unit, FUTURE) || test(PAST, p) || publicCue(unit)) return [];
  for (const m of spans(SURPRISE, p)) {
    if (around(unit, NOT_OPS, m.start, m.end, 50, 50) || around(unit, SOCIAL, m.start, m.end, 0, 30) || adviceBefore(unit, m.start)) continue;
    if (NEEDS_ENFORCERS.test(m.text) && !test(ENFORCERS, p)) continue;
    if (JARGON.test(m.text.replace(/\s+/g, ' ')) && !inUnitOrBefore(unit, AGENCIES)) continue;
    return [{ start: m.start, end: m.end, message: MESSAGES.operation }];
  }
  for (const m of spans(ENFORCEMENT, p)) {
    if (around(unit, NOT_OPS, m.start, m.end, 50, 50) || adviceBefore(unit, m.start)) continue;
    if (!PLACE_TEXT.test(unit.text)) continue;
    // Ministries publicize some blitzes on purpose; an insider or a tip-off makes it a leak.
    const tipOff = test(TIP_OFF, p);
    const sev = tipOff ? 'medium' : 'tip';
    return [{ start: m.start, end: m.end, message: MESSAGES.operation, severity: { personal: sev, professional: sev, official: 'off' } }];
  }
  return [];
}

function credentialHits(unit: Unit): Hit[] {
  const hits: Hit[] = [];
  if (!test(CREDENTIAL_WORDS, unit.plain)) return hits;
  for (const re of [CRED_EN, CRED_FR]) {
    re.lastIndex = 0;
    for (let m = re.exec(unit.plain); m; m = re.exec(unit.plain)) {
      const token = m[1]!;
      const tokenStart = m.index + m[0].length - token.length;
      const original = unit.text.slice(tokenStart, tokenStart + token.length);
      const quoted = /["'«]\s?$/.test(m[0].slice(0, m[0].length - token.length));
      const secretLike = /\d|[!@#$%^&*_+=?~]/.test(original) || quoted || (/[A-Z]/.test(original.slice(1)) && /[a-z]/.test(original));
      if (!secretLike || JOKE_PASSWORD.test(original) || NOT_A_SECRET.test(unit.plain.slice(tokenStart, tokenStart + 20))) continue;
      if (adviceBefore(unit, m.index)) continue;
      let end = tokenStart + token.length;
      while (end > tokenStart && /[.,;:)]/.test(unit.text[end - 1]!)) end--;
      const start = m.index + (/^(?:the|our|my|le|la|notre|mon|ton|votre)\s+/.exec(m[0])?.[0].length ?? 0);
      hits.push({
        start,
        end,
        message: MESSAGES.credential,
        suggestion: {
          label: { en: 'Mask the code', fr: 'Masquer le code' },
          replacement: unit.text.slice(start, tokenStart) + '•'.repeat(Math.max(3, end - tokenStart)),
        },
      });
    }
  }
  if (!hits.length) {
    for (const w of spans(CREDENTIAL_WORDS, unit.plain)) {
      const from = w.end;
      const tail = unit.plain.slice(from, from + 90);
      TOLD_LATER.lastIndex = 0;
      for (let m = TOLD_LATER.exec(tail); m; m = TOLD_LATER.exec(tail)) {
        const tokenStart = from + m.index + m[0].length - m[1]!.length;
        let end = tokenStart + m[1]!.length;
        while (end > tokenStart && /[.,;:)!]/.test(unit.text[end - 1]!)) end--;
        const token = unit.text.slice(tokenStart, end);
        if (!/\d/.test(token) || /^\d{1,2}$/.test(token) || JOKE_PASSWORD.test(token) || NOT_A_SECRET.test(unit.plain.slice(tokenStart, tokenStart + 20)) || adviceBefore(unit, w.start)) continue;
        hits.push({
          start: w.start,
          end,
          message: MESSAGES.credential,
          suggestion: { label: { en: 'Mask the code', fr: 'Masquer le code' }, replacement: unit.text.slice(w.start, tokenStart) + '•'.repeat(Math.max(3, end - tokenStart)) },
        });
        break;
      }
      if (hits.length) break;
    }
  }
  return hits;
}

/** "It was ransomware in one of the legacy systems and they're still cleaning it up", after "wasn't a
 * network issue like the notice said": an incident inside government systems, not public or not over. */
function incidentHits(unit: Unit): Hit[] {
  const p = unit.plain;
  const incident = spans(INCIDENTS, p)[0];
  if (!incident || publicCue(unit) || adviceBefore(unit, incident.start)) return [];
  if (!inUnitOrBefore(unit, TECH) || !inUnitOrBefore(unit, INCIDENT_HIDDEN)) return [];
  // Whose systems: the author's workplace, or an institution that put out its own version ("like the notice said").
  if (!inUnitOrBefore(unit, OWNERSHIP) && !PUBLIC_VERSION.test(p) && !PUBLIC_VERSION.test(plainBefore(unit))) return [];
  return [{ start: incident.start, end: incident.end, message: MESSAGES.vulnerability }];
}

function vulnerabilityHits(unit: Unit): Hit[] {
  const p = unit.plain;
  if (!test(VULN, p) || !test(OWNERSHIP, p)) return [];
  // "patched last year" is a success story; "not patched" is not.
  if (spans(FIXED, p).some((f) => !NEGATED.test(p.slice(Math.max(0, f.start - 12), f.start)))) return [];
  for (const m of spans(VULN, p)) {
    if (adviceBefore(unit, m.start) || !around(unit, TECH, m.start, m.end, 60, 60)) continue;
    return [{ start: m.start, end: m.end, message: MESSAGES.vulnerability }];
  }
  return [];
}

/** A control and its failure in the same stretch of text: "the loading dock door doesn't latch", "only 2 guards". */
function physicalGap(p: string): Span | null {
  const near = (controls: Span[], weak: Span[], after: number, before: number) => {
    for (const c of controls) {
      const w = weak.find((x) => (x.start >= c.start && x.start - c.end <= after) || (x.end <= c.start && c.start - x.end <= before) || (x.start <= c.start && x.end >= c.end));
      if (w) return { start: Math.min(c.start, w.start), end: Math.max(c.end, w.end) };
    }
    return null;
  };
  const barrier = near(spans(BARRIERS, p), [...spans(BARRIER_WEAK, p), ...spans(NOT_CLOSING, p)], 45, 0);
  if (barrier) return barrier;
  const systems = spans(SYSTEMS, p);
  const down = spans(SYSTEM_DOWN, p);
  const system = near(systems, down, 30, 0);
  if (system) return system;
  // "Badge readers at the staff entrance of the courthouse have been broken": a place between them.
  for (const c of systems) {
    const w = down.find((x) => x.start >= c.end && x.start - c.end <= 90 && placeThenVerb(p.slice(c.end, x.start)));
    if (w) return { start: c.start, end: w.end };
  }
  const gaps = spans(STAFF_GAP, p);
  for (const g of spans(STAFF, p)) {
    const w = gaps.find((x) => (x.end <= g.start && STAFF_NUMBER.test(p.slice(x.end, g.start))) || (x.start >= g.end && x.start - g.end <= 25 && /^(?:unattended|unmanned|unstaffed|sans surveillance)$/.test(x.text)) || (x.start <= g.start && x.end >= g.end));
    if (w) return { start: Math.min(g.start, w.start), end: Math.max(g.end, w.end) };
  }
  return null;
}

function physicalHits(unit: Unit): Hit[] {
  const p = unit.plain;
  if (!PHYSICAL_GATE.test(p)) return [];
  const gap = physicalGap(p);
  if (!gap) return [];
  // The author's workplace, not their home; still open, not fixed; not a reminder to report it.
  if (!(inUnitOrBefore(unit, WORKPLACE) || AT_ADDRESS.test(unit.text)) || inUnitOrBefore(unit, HOME) || adviceBefore(unit, gap.start)) return [];
  if (spans(FIXED, p).some((f) => !NEGATED.test(p.slice(Math.max(0, f.start - 12), f.start)))) return [];
  const exposed = test(EXPOSURE, p);
  const sev = exposed ? 'high' : 'medium';
  return [{ start: gap.start, end: gap.end, message: MESSAGES.physical, severity: { personal: sev, professional: sev, official: sev } }];
}

export default defineRule({
  id: 'confidential/security-operations',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles'],
  title: { en: 'Security-sensitive detail', fr: 'Détail sensible pour la sécurité' },
  why: MESSAGES.operation,
  // The two gates of detect() and physicalHits().
  // A trigger in the sentence before alone wakes nothing: both gates read its own sentence.
  triggersHere: true,
  triggers: [...gatePieces(GATE), ...gatePieces(PHYSICAL_GATE), ...gatePieces(INCIDENT_GATE)],
  detect(unit) {
    const gated = GATE.test(unit.plain);
    const hits = gated ? credentialHits(unit) : [];
    if (trainingCue(unit)) return hits;
    const taken: Span[] = [...hits];
    for (const h of [...(gated ? [...operationHits(unit), ...vulnerabilityHits(unit)] : []), ...physicalHits(unit), ...(INCIDENT_GATE.test(unit.plain) ? incidentHits(unit) : [])]) {
      if (!taken.some((t) => t.start < h.end && h.start < t.end)) hits.push(h);
    }
    return hits;
  },
  examples: {
    invalid: [
      // An incident inside government systems that the public was told otherwise about, or that is not over.
      { text: "Provincial IT here. The outage wasn't a network issue like the notice said. It was ransomware in the legacy systems and they're still cleaning it up.", span: 'ransomware', mode: 'personal' },
      { text: "La panne du portail, c'était pas un problème de réseau comme l'avis le disait : c'est une cyberattaque sur nos serveurs, pis on nettoie encore.", mode: 'personal' },
      // A control that records nothing, a blind spot with the place between, a blitz heard at work.
      { text: 'The security review found the north-door badge readers at our building don’t log tailgaters at all.', mode: 'personal' },
      { text: "The cameras at our jail's loading dock have had a blind spot since July.", mode: 'personal' },
      { text: 'Heard at work there is a big OPP enforcement blitz on the 417 between Kanata and downtown this Friday night.', span: 'enforcement blitz', mode: 'personal', severity: 'medium' },
      // Operations in the jargon of those who run them, with the agency here or in the sentence before.
      { text: 'Joint op with the OPP at the Kenora marina this Saturday, half our unit is going. Poachers beware.', span: 'Joint op', mode: 'personal' },
      { text: "Corrections crew, you know what's happening friday. Full search at the Sudbury jail, be in early.", span: 'Full search', mode: 'personal' },
      { text: 'Fouille générale au centre de détention de Sudbury demain à l’aube, l’équipe tactique sera là.', span: 'Fouille générale', mode: 'personal' },
      // A security system at a workplace, where it is, then the failure.
      { text: 'The card readers at the back entrance of the detention centre have been broken since Monday, anyone can walk in lol', span: 'card readers at the back entrance of the detention centre have been broken', severity: 'high' },
      { text: 'Les caméras à l’entrée du personnel du palais de justice sont encore brisées, ça fait deux semaines.', span: 'caméras à l’entrée du personnel du palais de justice sont encore brisées' },
      // An enforcement operation tipped off for any weekday.
      { text: 'Heads up Dryden: conservation officers are running a night patrol blitz on the Wabigoon River this Sunday. Keep your limits legal!', span: 'night patrol', severity: 'medium' },
      { text: 'Heads up to my friends in the trucking biz: we have a surprise inspection at the Napanee yard tomorrow at 6.', span: 'surprise inspection', severity: 'high' },
      { text: 'New door code for the 3rd floor is 4471#, see you Monday team!', span: 'door code for the 3rd floor is 4471#' },
      { text: "Our case management system is still unpatched and anyone can log in with the default password, lol.", span: 'unpatched' },
      { text: 'Conservation officers are doing a raid on the fishing camps near Dryden next week.', span: 'raid' },
      { text: 'Descente prévue demain matin chez un fournisseur de Sudbury avec les inspecteurs, je ne dis pas lequel.', span: 'Descente' },
      { text: "Le mot de passe du wifi interne est Trillium2024!, faites-vous plaisir.", span: 'mot de passe du wifi interne est Trillium2024!' },
      // Physical security: a barrier that does not close, a system down, thin guard staffing.
      { text: "Heads up, coworkers: the side door by the loading dock hasn't locked since Monday, anyone can walk in after 6.", span: "side door by the loading dock hasn't locked", severity: 'high' },
      { text: "Pour les collègues : le lecteur de cartes de l'entrée arrière est en panne toute la fin de semaine.", span: "lecteur de cartes de l'entrée arrière est en panne" },
      { text: 'Only one guard on the night shift at our building now, FYI.', span: 'Only one guard', severity: 'medium' },
      { text: 'Inspectors are hitting the scrap yards in Hamilton on Thursday morning.', span: 'are hitting' },
      { text: 'Les inspecteurs débarquent dans les cours à ferraille de Hamilton jeudi matin.', span: 'débarquent' },
      { text: "The alarm code at the office hasn't changed in years lol, it's 1-2-3-4.", span: "alarm code at the office hasn't changed in years lol, it's 1-2-3-4" },
    ],
    valid: [
      // An incident that is public, or in private life.
      'My neighbour’s laptop got ransomware and they’re still cleaning it up, back up your photos people!',
      { text: 'The ministry confirmed today that a cyberattack hit the booking portal; details in the news release: https://news.ontario.ca/x', mode: 'personal' },
      'Ma tante s’est fait pirater son Facebook, elle est encore en train de tout nettoyer.',
      'Did a full search of the basement this weekend, found my old hockey cards!',
      'Big joint op on the kitchen this Saturday with my sister: we are painting!',
      'Opération conjointe avec ma sœur samedi : on repeint la cuisine!',
      'Heads up: the farmers market is running a spring blitz this Saturday with 40 vendors!',
      'The cameras at the Science Centre exhibit were down all afternoon, so no selfies with the dinosaurs 😢',
      'The badge readers at our office were broken this morning but facilities fixed them by noon.',
      'My garage door opener has been broken for two weeks, lol.',
      'Our guild is planning a raid tonight in WoW, who is in?',
      'Police raided the warehouse yesterday, according to the news.',
      'The Wi-Fi password is on the whiteboard in the lobby.',
      'Mot de passe : hunter2 😂 Non, je blague. Activez la double authentification partout.',
      "Reminder that 'my password is hunter2' is a 20-year-old joke, not a password policy.",
      'Our IT team patched the vulnerability in the portal last year, great work.',
      'Climate vulnerability assessments help the ministry plan for floods.',
      "Mon mot de passe doit avoir 12 caractères, c'est long!",
      'Grosse fête surprise pour ma sœur demain soir!',
      "The door to my garage at home doesn't lock anymore, time to call a locksmith.",
      "Reminder: report any door that doesn't latch to facilities right away.",
      'The elevator at the office is broken again, stairs it is.',
      "La porte de mon garage barre plus, faut que j'appelle un serrurier.",
      'Our guards do a great job, thank you to the security team!',
    ],
  },
});
