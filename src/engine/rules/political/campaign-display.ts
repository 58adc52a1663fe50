// Support shown for a party or candidate without a call to vote: "My lawn sign is up! #ONDP",
// "putting up signs for the Greens", "volunteering for Jane Smith's campaign", « fier bénévole pour
// la campagne de Marie Tremblay », "Jane Smith for Ward 3 — proud supporter". Displaying a sign,
// canvassing and volunteering are political activity under the PSOA (s. 72) as much as "vote X";
// the guidelines list lawn signs and campaign volunteering by name. The target may stand in the
// sentence beside the cue (a hashtag on its own line). A grad or for-sale lawn sign, a charity
// campaign, and news about signs ("NDP signs vandalized") stay clean.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import type { Hit, Span, Unit } from '../../types.js';
import { stripAccents } from '../../text/fold.js';
import * as en from '../../lexicons/en/political-display.js';
import * as fr from '../../lexicons/fr/political-display.js';
import { WordLexicon, gap } from './util.js';
import { beforeNamesTarget, partisanSignals, politicalTargets } from './signals.js';

const CUES = new WordLexicon({ term: [...en.DISPLAY_CUES_EN, ...fr.DISPLAY_CUES_FR] });
const SIGNS = new WordLexicon({ term: [...en.ELECTION_SIGNS_EN, ...fr.ELECTION_SIGNS_FR] });
const OTHER_SIGNS = new WordLexicon({ term: [...en.OTHER_SIGNS_EN, ...fr.OTHER_SIGNS_FR] });
const CHARITY = new WordLexicon({ term: [...en.CHARITY_CAMPAIGNS_EN, ...fr.CHARITY_CAMPAIGNS_FR] });
const NEWS = new WordLexicon({ term: ['vandalized', 'vandalised', 'stolen', 'bylaw', 'by-law', 'removed', 'vandalisees', 'volees', 'reglement', 'according to', 'selon'] });
// Office words in lower case and capitalised ("for Ward 3", "for mayor"): the names around them need case, so no i flag.
const OFFICES = [...en.OFFICES_EN, ...fr.OFFICES_FR].flatMap((o) => [o, o[0]!.toUpperCase() + o.slice(1)]).join('|');
// "Jane Smith for Ward 3", « Marie Tremblay à la mairie »: a full name running for an office.
const NAME = '\\p{Lu}[\\p{L}-]{1,20} \\p{Lu}[\\p{L}-]{1,20}';
const RUNNING = new RegExp(`(?<![\\p{L}])${NAME} (?:for|pour|a la|au|comme) (?:the |le |la )?(?:${OFFICES})(?![\\p{L}])`, 'u');
// "Jane Smith's campaign", "the campaign of Jane Smith", « la campagne de Marie Tremblay ».
const CAMPAIGN = new RegExp(`(?<![\\p{L}])(?:${NAME}['\u2019]s campaign|campaign (?:of|for) ${NAME}|campagne (?:de|d') ?${NAME})`, 'u');

// The writer's own sign: "my (new) lawn sign", « nos pancartes », "Lawn sign is UP" opening the
// post, or one the writer put up ("we just put up…", « j'ai planté… »). "Lawn sign season on our
// street" or a neighbour's sign is someone else's display, which the writer may describe.
const OWNER_BEFORE = /(?:^|[^\p{L}])(?:my|our|ma|mes|notre|nos)\s(?:\p{L}{1,20}\s)?$/u;
const IS_UP_AFTER = /^\s(?:is|are|est|sont)\s(?:up|in|plantees?|posees?|installees?)(?![\p{L}])/u;
const PUT_UP = /(?:^|[^\p{L}])(?:i|we|j['\u2019]ai|on a|nous avons)\s(?:(?:just|finally|enfin|fierement|proudly)\s)?(?:put up|planted|got|picked up|plante|plantee|pose|posee|installe|installee)(?![\p{L}])/u;

function ownSign(plain: string, sign: Span): boolean {
  const before = plain.slice(Math.max(0, sign.start - 30), sign.start);
  return OWNER_BEFORE.test(before) || (!/\p{L}/u.test(before) && IS_UP_AFTER.test(plain.slice(sign.end, sign.end + 20)));
}

function fold(unit: Unit): string {
  // Accent-free, case kept: the names need their capitals, the office words their plain form.
  return stripAccents(unit.folded);
}

function targetsOf(unit: Unit): Span[] {
  const out: Span[] = [...politicalTargets(unit)];
  const running = RUNNING.exec(fold(unit));
  if (running) out.push({ start: running.index, end: running.index + running[0].length });
  return out;
}

function nearest(from: Span, spans: readonly Span[]): Span {
  return spans.reduce((a, b) => (gap(from, b) < gap(from, a) ? b : a));
}

export default defineRule({
  id: 'political/campaign-display',
  category: 'political',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['psoa-political-activity', 'psoa-specially-restricted', 'psoa-all-public-servants'],
  title: { en: 'Showing support in a campaign', fr: 'Appui affiché dans une campagne' },
  why: {
    en: 'This shows support for a party or candidate: a lawn sign, campaign volunteering, a donation or a party hashtag with a cheer. That is political activity under the Public Service of Ontario Act: keep it off work time, work equipment and anything tied to your job. Senior staff may not do it at all, and it has no place on a professional or official account.',
    fr: "Ce passage affiche un appui à un parti ou à une candidate : pancarte, bénévolat de campagne, don ou mot-clic de parti avec un encouragement. C'est une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario : faites-la en dehors du travail, sans le matériel de l'employeur et sans lien avec votre poste. Les cadres supérieurs ne peuvent pas s'y livrer, et elle n'a pas sa place sur un compte professionnel ou officiel.",
  },
  triggers: [...CUES.pieces(), ...SIGNS.pieces(), 'campaign', 'campagne'],
  detect(unit) {
    const before = plainBefore(unit);
    if (NEWS.test(unit.plain)) return [];
    const said = partisanSignals(unit);
    const fresh = (h: Hit) => !said.some((s) => s.start < h.end && h.start < s.end);
    const cues = CUES.find(unit);
    const targets = targetsOf(unit);
    let hit: Hit | undefined;
    if (cues.length && targets.length) {
      const t = nearest(cues[0]!, targets);
      hit = { start: Math.min(t.start, cues[0]!.start), end: Math.max(t.end, cues[0]!.end) };
    } else if (cues.length && beforeNamesTarget(unit)) {
      hit = { start: cues[0]!.start, end: cues[0]!.end };
    } else if (targets.length && before && CUES.test(before)) {
      // "My lawn sign is up!" then "#ONDP": the party stands on its own after the display.
      hit = { start: targets[0]!.start, end: targets[0]!.end };
    }
    // "My lawn sign is up!": an election sign put up is a display by itself.
    const plain = stripAccents(unit.plain);
    const putUp = PUT_UP.test(plain);
    const sign = SIGNS.find(unit).find((found) => putUp || ownSign(plain, found));
    if (!hit && sign && !OTHER_SIGNS.test(unit.plain) && !(before && OTHER_SIGNS.test(before))) {
      hit = { start: sign.start, end: sign.end };
    }
    // "Volunteering for Jane Smith's campaign", « bénévole pour la campagne de Marie Tremblay ».
    const campaign = CAMPAIGN.exec(fold(unit));
    if (!hit && campaign && !CHARITY.test(unit.plain)) {
      const c = { start: campaign.index, end: campaign.index + campaign[0].length };
      const cue = cues.find((x) => gap(x, c) <= 40);
      if (cue) hit = { start: Math.min(cue.start, c.start), end: Math.max(cue.end, c.end) };
    }
    return hit && fresh(hit) ? [hit] : [];
  },
  examples: {
    invalid: [
      { text: 'My lawn sign is up! #ONDP', span: 'lawn sign', severity: 'medium' },
      { text: 'We just put up our lawn signs, first time ever!', span: 'lawn signs' },
      { text: 'Spent the weekend putting up signs for the Greens.', span: 'putting up signs for the Greens', mode: 'professional', severity: 'high' },
      { text: 'Jane Smith for Ward 3, proud supporter!' },
      { text: 'Fier bénévole pour la campagne de Marie Tremblay dans Ottawa-Vanier!', severity: 'medium' },
      { text: 'Fière de soutenir Marie Tremblay à la mairie cet automne!', mode: 'professional', severity: 'high' },
    ],
    valid: [
      'Our graduation lawn sign is up, so proud of you Emma!',
      'NDP lawn signs were vandalized across Ward 3 overnight, according to police.',
      "Volunteering for the United Way's campaign again this year.",
      'Our new lawn is finally up and growing!',
      'Fière bénévole pour la campagne de Centraide cette année!',
      'La pancarte « à vendre » est plantée devant la maison, on déménage!',
      "Lawn sign season on our street: one neighbour's lawn sign is up on a ladder now. Popcorn time.",
      'Les pancartes électorales sont plantées partout dans notre rue, quelle saison!',
    ],
  },
});
