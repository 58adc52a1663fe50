// Answering the public as the ministry's help desk from a personal or specialist account: "Sorry
// for the delay! We're looking into the portal outage and will update you soon", "we've escalated
// your file", « nous sommes au courant de la panne du portail, merci de votre patience ». Only
// official channels speak for a ministry (OPS guidelines: personal and specialist accounts must not
// present themselves as the government), and a public servant who takes up one person's file in
// public also invites the look of preferential treatment. It takes the team's acknowledgement, a
// public service thing (portal, permit, application, renewal…) and a word to the reader; a shop, a
// blog or a game server ("we're aware the Etsy shop is down") and news relayed with a link are not it.
// The same voice takes in or reports on the reader's case ("DM me your file number", "your renewal is
// being processed") and gives the ministry's lines ("the ministry has no plans to reverse…"), unless reported.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import type { Hit, Unit } from '../../types.js';
import {
  SERVICE_ACKS_EN, SERVICE_THINGS_EN, PRIVATE_SERVICES_EN, CASE_INVITES_EN, READER_CASES_EN, CASE_STATUS_EN, SPOKESPERSON_LINES_EN, REPORTING_EN,
} from '../../lexicons/en/speaking-service.js';
import {
  SERVICE_ACKS_FR, SERVICE_THINGS_FR, PRIVATE_SERVICES_FR, CASE_INVITES_FR, READER_CASES_FR, CASE_STATUS_FR, SPOKESPERSON_LINES_FR, REPORTING_FR,
} from '../../lexicons/fr/speaking-service.js';
import { WordLexicon } from '../political/util.js';
import { hasUrl } from '../confidential/context.js';
import { SAME_WITHOUT } from './official-voice.js';

const ACKS = new WordLexicon({ term: [...SERVICE_ACKS_EN, ...SERVICE_ACKS_FR] });
const THINGS = new WordLexicon({ term: [...SERVICE_THINGS_EN, ...SERVICE_THINGS_FR] });
const PRIVATE = new WordLexicon({ term: [...PRIVATE_SERVICES_EN, ...PRIVATE_SERVICES_FR] });
// The reader addressed: "you", "your file", "please bear with us", « votre demande », « merci de votre patience », an @handle.
const READER = new WordLexicon({ term: ['you', 'your', "you'll", 'please', 'vous', 'votre', 'vos', 'svp', 'thanks for', 'thank you for', 'sorry for', 'apologies for', 'merci de votre', 'toutes nos excuses', 'desole', 'desolee', 'desoles'] });
const INVITES = new WordLexicon({ term: [...CASE_INVITES_EN, ...CASE_INVITES_FR] });
const CASES = new WordLexicon({ term: [...READER_CASES_EN, ...READER_CASES_FR] });
const STATUS = new WordLexicon({ term: [...CASE_STATUS_EN, ...CASE_STATUS_FR] });
const LINES = new WordLexicon({ term: [...SPOKESPERSON_LINES_EN, ...SPOKESPERSON_LINES_FR] });
const REPORTING = new WordLexicon({ term: [...REPORTING_EN, ...REPORTING_FR] });

// Speed or a place in the queue as a favour: "faster", "quickly", "jump the queue", « plus vite », « en priorité ».
const FAVOUR =
  /\b(?:faster|quicker|quickly|right away|jump the (?:queue|line)|skip the (?:queue|line)|front of the (?:queue|line)|bump(?:ed)? up|perks? of knowing|plus vite|rapidement|en priorite|passer en avant|devant la file|en passe-droit)\b/;

const HANDLE_OPENING = /^\s*@[\p{L}\p{N}_]{2,}/u;
const NOT_BEFORE = /(?:^|[^\p{L}])(?:don't|dont|do not|never|please don't|ne|n')\s*$/u;
const NOT_AFTER = /^\s+pas(?![\p{L}])/u;

/** "The ministry has no plans to reverse the decision", « nous ne commentons pas les dossiers individuels »:
 * a spokesperson's line, unless it reports someone's words or links to them. */
function spokesperson(unit: Unit): Hit | null {
  const line = LINES.find(unit)[0];
  if (!line || REPORTING.test(unit.plain) || hasUrl(unit)) return null;
  // "Bob, the ministry won't be the same without you": a farewell, not a line.
  if (SAME_WITHOUT.test(unit.plain.slice(line.end, line.end + 40))) return null;
  return { start: line.start, end: line.end };
}

/** "DM me your file number", « écrivez-moi votre numéro de dossier », "your renewal is being processed":
 * the reader's case taken in or reported on from a personal channel. */
function caseHandling(unit: Unit): Hit | null {
  const cases = CASES.find(unit);
  if (!cases.length || PRIVATE.test(unit.plain)) return null;
  // "DM me, I can get your file looked at a lot faster": a favour offered on the side of the queue is
  // preferential treatment (conflict of interest flags it), not the help desk's voice.
  if (FAVOUR.test(unit.plain)) return null;
  for (const i of INVITES.find(unit)) {
    // "Please don't send me your file number in DMs", « Ne m'envoyez pas votre numéro de dossier »: the invitation refused.
    if (NOT_BEFORE.test(unit.plain.slice(Math.max(0, i.start - 16), i.start)) || NOT_AFTER.test(unit.plain.slice(i.end, i.end + 6))) continue;
    const c = cases.find((x) => x.start >= i.end && x.start - i.end <= 20);
    if (c) return { start: i.start, end: c.end };
  }
  for (const c of cases) {
    const st = STATUS.find(unit).find((x) => x.start >= c.end && x.start - c.end <= 25);
    if (st) return { start: c.start, end: st.end };
  }
  return null;
}

export default defineRule({
  id: 'speaking-for-government/service-voice',
  category: 'speaking-for-government',
  severity: { personal: 'medium', professional: 'medium', official: 'off' },
  guidelines: ['ops-personal-use', 'ops-specialist-executive', 'ops-guiding-principles'],
  title: { en: 'Answering as the ministry’s help desk', fr: 'Réponse au nom du service à la clientèle du ministère' },
  why: {
    en: 'This answers the public as if you were the ministry’s service desk (“we’re looking into the outage”, “we’ve escalated your file”). Only official channels speak for the ministry, and taking up one person’s file in public can look like preferential treatment. Point the person to the official contact instead.',
    fr: "Ce passage répond au public comme si vous étiez le service à la clientèle du ministère (« nous sommes au courant de la panne », « nous avons transmis votre dossier »). Seuls les comptes officiels parlent au nom du ministère, et prendre en charge le dossier d'une personne en public peut donner l'apparence d'un traitement de faveur. Dirigez plutôt la personne vers les coordonnées officielles.",
  },
  triggers: [...ACKS.pieces(), ...CASES.pieces(), ...LINES.pieces()],
  detect(unit) {
    const acks = ACKS.find(unit);
    if (!acks.length) {
      const handled = caseHandling(unit) ?? spokesperson(unit);
      return handled ? [handled] : [];
    }
    const before = plainBefore(unit);
    const here = (l: WordLexicon) => l.test(unit.plain) || (!!before && l.test(before));
    if (!here(THINGS) || here(PRIVATE)) return [];
    // The reader addressed here, or tagged just before ("@ONgov_fan Hi! We're aware of the online renewal outage…").
    if (!here(READER) && !unit.masked.some((m) => m.kind === 'handle') && !HANDLE_OPENING.test(before)) return [];
    const a = acks[0]!;
    const hit: Hit = { start: a.start, end: a.end };
    return [hit];
  },
  examples: {
    invalid: [
      // The reader tagged in the sentence before.
      { text: "@ONgov_fan Hi! We're aware of the online renewal outage and our team is working on it, should be back by 5pm today.", span: "We're aware", mode: 'personal' },
      { text: "Sorry for the delay! We're looking into the portal outage and will update you soon.", span: "We're looking into", severity: 'medium' },
      { text: "Thanks for flagging! We've escalated your file and someone will call you tomorrow.", mode: 'professional', span: "We've escalated" },
      { text: "We're aware the booking site is down. Please bear with us while we fix it.", span: 'bear with us' },
      { text: '@jen_k our team is aware of the issue with online renewals and is working on a fix.', mode: 'professional' },
      { text: 'Désolée du délai! Nous sommes au courant de la panne du portail et nous y travaillons.', span: 'Nous sommes au courant' },
      { text: 'Merci de votre patience, on regarde ça et on vous revient demain pour votre permis.', mode: 'professional' },
      // The reader's case taken in or reported on.
      { text: 'DM me your file number and I’ll check the status for you.', span: 'DM me your file number' },
      { text: 'Hi Karen, your renewal is being processed and should arrive next week.', span: 'your renewal is being processed' },
      { text: 'Écrivez-moi votre numéro de dossier en privé et je vais vérifier où ça en est.', span: 'Écrivez-moi votre numéro de dossier' },
      { text: 'Bonjour Sylvie, votre renouvellement est en traitement.', span: 'votre renouvellement est en traitement' },
      // A spokesperson's line stated as fact.
      { text: 'The ministry has no plans to reverse the decision, period.', span: 'The ministry has no plans to' },
      { text: 'Nous ne commentons pas les dossiers individuels, mais le processus est équitable.', mode: 'professional' },
    ],
    valid: [
      // The invitation refused, with the official contact given.
      { text: "Program officer for the OINP. Please don't send me your file number in DMs, I can't help with individual applications here! The contact centre can.", mode: 'professional' },
      { text: "Ne m'envoyez pas votre numéro de dossier en message privé : le centre d'appels peut vous aider.", mode: 'professional' },
      "We're looking into a new car this weekend, any advice?",
      "Sorry for the delay, we're aware the Etsy shop is down and we're on it!",
      'Our team is working on a fix for the bug in my hobby app, update soon.',
      "ServiceOntario says it is aware of the portal outage: https://ontario.ca/status",
      { text: "We're aware of the portal outage and will update you here as soon as it is fixed.", mode: 'official' },
      'Nous sommes au courant pour le souper de samedi, merci!',
      'On y travaille : le nouveau balado sort lundi, merci de votre patience!',
      'La panne de courant chez nous a duré trois heures hier soir.',
      'DM me your address and I’ll send you the recipe card!',
      // A favour on the side of the queue is preferential treatment (conflict of interest), not the help desk.
      'Stuck in the licence queue? DM me and I’ll make sure your file gets looked at quickly, perks of knowing people.',
      'Écrivez-moi votre numéro de dossier, je peux le faire passer plus vite, j’ai mes contacts.',
      'Your order is being processed and should arrive next week, thanks for supporting my Etsy shop!',
      'Envoyez-moi votre recette de tarte, je vais l’essayer!',
      'The minister said the ministry has no plans to reverse the decision: https://news.ontario.ca/x',
      'Selon le communiqué, le ministère n’a pas l’intention de revenir sur sa décision.',
      // A farewell.
      'Bob, the ministry won’t be the same without you. Enjoy the lake!',
      "Linda, the government won't be the same after 31 years of your spreadsheets.",
      'Bob, le ministère ne sera plus jamais pareil sans toi. Profite du lac!',
    ],
  },
});
