// Promises made for the government from a personal or specialist account: "I promise the ministry
// will fund it", "you'll get your permit by Friday, guaranteed", "je vous garantis que le
// ministère…". A promise needs both a promise word and a government outcome (the ministry or "we"
// funding, approving, paying; "you" getting a permit, a cheque, an approval). "I promise I'll bring
// cookies" and "guaranteed fun at the fair" are not flagged.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import { lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import { ENTITLEMENTS_EN, GOV_ACTIONS_EN, GOV_SUBJECTS_EN, PROMISE_MARKERS_EN, RECEIVE_VERBS_EN } from '../../lexicons/en/speaking-commitment.js';
import { ENTITLEMENTS_FR, GOV_ACTIONS_FR, GOV_SUBJECTS_FR, PROMISE_MARKERS_FR, RECEIVE_VERBS_FR } from '../../lexicons/fr/speaking-commitment.js';
import { hasUrl, publicCue, spans, test, trainingCue } from '../confidential/context.js';
import { FUTURE_TRIGGER, adminActs } from './administration.js';

const PROMISE = lexicon([...PROMISE_MARKERS_EN, ...PROMISE_MARKERS_FR]);
// Cheap gate: every promise phrase contains one of these stems.
const GATE =
  /promis|promet|le dis|telling you|take it from me|done deal|regle|dans la poche|inquiet|worr|m'en occupe|m'en charge|handle|take care of|leave it with me|guarant|garant|assur|confirm|by (?:mon|tue|wed|thu|fri|sat|sun|tom|ton|end|eod|the end)|d'ici|word|parole|make sure|see to it|ensure|definitely|for sure|100|doubt|count on|comptez|commit|engage|make it happen|get it done|no question|absolutely|mark my|personally|personnellement|trust me|confiance|croyez-moi|crois-moi|sans faute|certain|c'est sur|coup sur|faire en sorte|full stop|bank|quote me|stand behind|final|decid|settled|sure thing|stress|souci|point a la ligne|beton|citer|citez/;
const SUBJECTS = lexicon([...GOV_SUBJECTS_EN, ...GOV_SUBJECTS_FR]);
const ACTIONS = lexicon([...GOV_ACTIONS_EN, ...GOV_ACTIONS_FR]);
const ENTITLEMENTS = lexicon([...ENTITLEMENTS_EN, ...ENTITLEMENTS_FR]);
const RECEIVE = lexicon([...RECEIVE_VERBS_EN, ...RECEIVE_VERBS_FR]);
const GOVERNMENT = lexicon([
  'ministry', 'government', 'province', 'provincial', 'program', 'grant', 'funding', 'ministere', 'gouvernement',
  'programme', 'subvention', 'financement', 'ServiceOntario', 'OHIP', 'ODSP', 'OSAP', 'POSPH', 'RAFEO',
]);
// The actor is the government or "we" (at work), with a future: "the ministry will fund", "we'll cover".
const FUTURE_LINK = /\b(?:will|'ll|is going to|are going to|gonna|va|vont|allons|sera|seront)\b|'ll\b/;
// French says its future in the verb itself: « le ministère financera », « la province couvrira »,
// « le gouvernement ne reviendra pas », « nous rembourserons ». English says it in the progressive too:
// "the ministry is extending the deadline".
const FUTURE_FR = /\b(?:ne\s)?[a-z]{2,}(?:era|eront|erons|ira|iront|irons|dra|dront|drons|aura|auront)\b/;
const PROGRESSIVE = /\b(?:is|are)\s(?:now\s|also\s)?[a-z]{3,}ing\b/;
// The actions in the progressive ("extending", "covering"), from the same list.
const ACTIONS_ING = lexicon(GOV_ACTIONS_EN.filter((a) => /^[a-z]+$/.test(a)).map((a) => `${a.replace(/([^aeiou])e$/, '$1')}ing`));
// Holding a decision, said of the government: « ne reviendra pas sur sa décision », « ne reculera pas ».
const HOLD_FR = /\b(?:reviendra|reviendront|reculera|reculeront|renversera|changera|changeront)\s(?:pas|jamais)\b/;
// An answer to people asking is a promise without a promise word: "To the beekeepers asking: yes, the
// ministry will cover your losses", « Pour ceux qui demandent : oui, le ministère va rembourser », or a reply
// opening on the handle it answers ("@GreenAcresFarm Yes, your losses will be covered").
const ANSWER =
  /(?:^(?:@[\w.]{1,30}[\s,]+){0,3}|[:\-\u2013\u2014]\s*)(?:yes|yep|yup|yeah|oui|ouais|absolutely|definitely|of course|bien sur)(?:\s+(?:yes|oui))?\s*[,!.:]|\b(?:for|to)\s+(?:all\s+)?(?:those|everyone|people|folks|the\s+\w+)\s+(?:who\s+(?:are|were|have\s+been|keep)\s+)?asking\b|\bpour\s+(?:ceux|celles|tous\s+ceux|toutes\s+celles)\s+qui\s+(?:demandent|posent|se\s+demandent)\b/;

// First-person promises about the author's own life: "I promise I'll call my mom".
const PERSONAL = lexicon([
  'cookies', 'my mom', 'my dad', 'my kids', 'the kids', 'my wife', 'my husband', 'my partner', 'birthday', 'party', 'dinner',
  'recipe', 'fun', 'the gym', 'my diet', 'this book', 'this movie', 'this show', 'ma mère', 'mon père', 'mes enfants',
  'ma blonde', 'mon chum', 'anniversaire', 'souper', 'recette', 'ce livre', 'ce film',
]);

// "We" and "my team" act for government only on something public ("we'll fix the deck" is home life).
const FIRST_PERSON_SUBJECT = /^(?:we|we'll|nous|on|my team|our office|the office|mon equipe|notre bureau)$/;

/** A government outcome in `s`: a government subject with a future and an action, or "you'll get your permit". */
export function outcome(s: string): boolean {
  if (test(RECEIVE, s) && test(ENTITLEMENTS, s)) return true;
  for (const subj of spans(SUBJECTS, s)) {
    const after = s.slice(subj.end, subj.end + 60);
    const head = after.slice(0, 25);
    const future = FUTURE_LINK.test(head) || FUTURE_FR.test(head);
    if (!(future && (test(ACTIONS, after) || HOLD_FR.test(head))) && !(PROGRESSIVE.test(head) && test(ACTIONS_ING, head))) continue;
    if (FIRST_PERSON_SUBJECT.test(subj.text.replace(/\s+/g, ' ')) && !test(ENTITLEMENTS, s) && !test(GOVERNMENT, s)) continue;
    return true;
  }
  return false;
}

/** Looser than outcome(): a government subject with a future, whatever the verb ("the ministry will be
 * doubling the program", « l'Ontario va financer »). "We" counts only beside a government word. */
export function governmentFuture(s: string): boolean {
  if (outcome(s)) return true;
  for (const subj of spans(SUBJECTS, s)) {
    const head = s.slice(subj.end, subj.end + 25);
    if (!FUTURE_LINK.test(head) && !FUTURE_FR.test(head)) continue;
    if (FIRST_PERSON_SUBJECT.test(subj.text.replace(/\s+/g, ' ')) && !test(GOVERNMENT, s)) continue;
    return true;
  }
  return false;
}

function promiseHits(unit: Unit): Hit[] {
  const p = unit.plain;
  const promises = spans(PROMISE, p);
  // A plain statement ("once approved, you'll get your permit by mail") has no promise word.
  if (!promises.length || test(PERSONAL, p) || !outcome(p)) return [];
  // A promise word says more than the date beside it ("by Friday, guaranteed") or a reassurance
  // before it ("Don't worry, … guaranteed").
  const weak = (m: { text: string }) => /^(?:by|d'ici) |worry|inquiet|en faites pas|m'en (?:occupe|charge)|handle|take care|i'm on it|leave it/.test(m.text.toLowerCase());
  const first: Span = promises.find((m) => !weak(m)) ?? promises.find((m) => !/^(?:by|d'ici) /.test(m.text.toLowerCase())) ?? promises[0]!;
  return [{ start: first.start, end: first.end }];
}

export default defineRule({
  id: 'speaking-for-government/commitment',
  category: 'speaking-for-government',
  severity: { personal: 'high', professional: 'high', official: 'off' },
  guidelines: ['ops-personal-use', 'ops-specialist-executive', 'ops-guiding-principles', 'coi-preferential-treatment'],
  title: { en: 'Promise made for the government', fr: 'Promesse faite au nom du gouvernement' },
  why: {
    en: 'This promises a government outcome (funding, an approval, a permit, a date). You cannot commit the ministry from your own account, and a promise to one person can look like preferential treatment. Point to the official program information instead.',
    fr: "Ce passage promet un résultat du gouvernement (financement, approbation, permis, échéance). Vous ne pouvez pas engager le ministère à partir de votre compte, et une promesse faite à une personne peut donner l'apparence d'un traitement de faveur. Renvoyez plutôt à l'information officielle sur le programme.",
  },
  // No promise word here or in the sentence before, no commitment: the engine skips the rest.
  triggers: [PROMISE, FUTURE_TRIGGER],
  detect(unit) {
    // "We'll have the backlog cleared by spring", « on va régler l'arriéré d'ici le printemps ».
    // A post about training or advice ("workshop", "tips", "how to") promises nothing, however it is said.
    const training = trainingCue(unit);
    const promised = training ? [] : adminActs(unit).filter((a) => a.kind === 'promise');
    if (promised.length) return promised.map((a) => ({ start: a.start, end: a.end }));
    const before = plainBefore(unit);
    const answer = ANSWER.exec(unit.plain);
    // After the handle it replies to, the answer word and any handle before it: the span opens on the word. A promise
    // word beside a reply's answer says it better ("@marie_t Oui oui, … pas de souci"): the promise path below takes it.
    const lead = answer ? /^(?:@[\w.]{1,30}[\s,]+)*/.exec(answer[0])![0].length : 0;
    if (answer && test(FUTURE_TRIGGER, unit.plain) && !test(PERSONAL, unit.plain) && !publicCue(unit) && !hasUrl(unit) && !training && outcome(unit.plain)) {
      if (lead > 0) {
        const promise = promiseHits(unit);
        if (promise.length) return promise;
      }
      const at = answer.index + lead + answer[0].slice(lead).search(/\S/);
      let end = answer.index + answer[0].length;
      while (end > at && ' \t\n,!.:'.includes(unit.plain[end - 1]!)) end--;
      return [{ start: at, end }];
    }
    if (!GATE.test(unit.plain) && !(before && GATE.test(before))) return [];
    if (!test(PROMISE, unit.plain) && !(before && test(PROMISE, before))) return [];
    if (training) return [];
    const hits = promiseHits(unit);
    if (hits.length) return hits;
    // A promise in the previous sentence, the outcome here: "I promise. The ministry will fund it next year."
    if (before && test(PROMISE, before) && !test(PERSONAL, before) && !outcome(before) && outcome(unit.plain)) {
      const subj = spans(SUBJECTS, unit.plain)[0] ?? spans(RECEIVE, unit.plain)[0];
      if (subj) return [{ start: subj.start, end: subj.end }];
    }
    // The outcome first, the promise sealing it after: "The ministry will fund it. You have my word."
    if (before && test(PROMISE, unit.plain) && !test(PERSONAL, unit.plain) && !test(PERSONAL, before) && outcome(before)) {
      const seal = spans(PROMISE, unit.plain)[0]!;
      return [{ start: seal.start, end: seal.end }];
    }
    return [];
  },
  examples: {
    invalid: [
      // An answer that promises a reader's losses will be made good.
      { text: '@ferme_tremblay Oui, vos pertes de soya dues à la sécheresse vont être couvertes à 70 %, je m’en occupe.', span: 'je m’en occupe', mode: 'professional' },
      { text: '@GreenAcresFarm Yes, your frost losses will be covered at 70%, I’m on it.', span: 'I’m on it', mode: 'professional' },
      { text: '@GreenAcresFarm Yes, your frost losses will be covered at 70%.', span: 'Yes', mode: 'professional' },
      // Relief paid to a group, promised with « c'est garanti » / "guaranteed".
      { text: "Les agriculteurs vont recevoir leur aide pour la sécheresse d'ici vendredi, c'est garanti.", span: "c'est garanti" },
      { text: 'Farmers will get their relief by Friday, guaranteed.', span: 'guaranteed' },
      // An answer to people asking commits the government without a promise word.
      { text: "To all the beekeepers asking: yes, the ministry will cover your losses from this winter. We've got you.", span: 'To all the beekeepers asking', mode: 'professional' },
      { text: 'Pour ceux qui demandent : oui, le ministère va rembourser vos pertes de cet hiver.', span: 'Pour ceux qui demandent', mode: 'professional' },
      // A government outcome sealed as final, quotable or worry-free: "Full stop.", « pas de souci ».
      { text: 'Ontario will not be approving any new water-taking permits on the moraine this year. Full stop.', span: 'Full stop', mode: 'professional' },
      { text: 'The ministry will cover the repair costs for every family, you can quote me on that.', span: 'you can quote me', mode: 'personal' },
      { text: '@marie_t Oui oui, le ministère va vous rembourser vos frais de déplacement, pas de souci 👍', span: 'pas de souci', mode: 'professional' },
      { text: "Le ministère va financer le nouveau centre l'an prochain. C'est final.", span: "C'est final", mode: 'personal' },
      // Reassurance plus a government outcome, in any register; and « je promets » conjugated.
      { text: "Inquiétez-vous pas, le ministère va rembourser tout le monde, je m'en occupe.", span: 'Inquiétez-vous pas', mode: 'personal', severity: 'high' },
      { text: 'Je vous promets que le ministère va rembourser les frais de garde.', span: 'Je vous promets' },
      { text: "Je travaille au ministère pis je vous le dis : les chèques vont sortir vendredi, c'est réglé.", span: 'je vous le dis' },
      { text: "I work there and I'm telling you, the rebate cheques will go out Friday.", span: "I'm telling you" },
      { text: "Don't worry, the ministry will cover the cost for every family.", span: "Don't worry" },
      { text: 'I promise the ministry will fund your clinic next year, just be patient.', span: 'I promise', severity: 'high' },
      { text: "Don't worry, you'll get your permit by Friday, guaranteed.", span: 'guaranteed' },
      { text: 'We will definitely fund this program again next year, you have my word.', span: 'We will definitely' },
      { text: "Rest assured, your application will be approved before the deadline.", span: 'Rest assured' },
      { text: 'Je vous garantis que le ministère va financer votre projet.', span: 'Je vous garantis' },
      { text: 'Soyez assurés : vous aurez votre chèque avant Noël.', span: 'Soyez assurés' },
      // A remedy promised in the first person plural, and reassurance about a public outcome.
      { text: "Don't worry, we will have the backlog cleared by spring.", span: 'we will have the backlog' },
      { text: "Sorry for the delay everyone, we'll have the portal back up by tonight.", mode: 'professional' },
      { text: 'Farmers, rest assured the province has your back: every flood claim will be paid in full.', span: 'rest assured' },
      { text: "Inquiétez-vous pas, on va régler l'arriéré d'ici le printemps.", span: "on va régler l'arriéré" },
      { text: 'Je tiens à rassurer les producteurs : vos permis de drainage seront approuvés.', mode: 'professional' },
      // A commitment in the program's name, with any commitment verb, is a promised remedy.
      { text: 'We are fully committed to restoring service at the Dryden counter by Monday.', span: 'We are fully committed to restoring service' },
      { text: "Nous nous engageons à rétablir le service d'ici jeudi, merci de votre patience.", span: 'nous engageons à rétablir le service' },
      // What the person keeps, promised as a negated future.
      { text: "I work at the ministry, trust me: your OSAP grant won't be clawed back if you switch programs.", span: 'trust me' },
      { text: 'Faites-moi confiance : votre bourse ne sera pas récupérée si vous passez à temps partiel.', span: 'Faites-moi confiance' },
      { text: 'We are committed to reopening the Atikokan ServiceOntario centre by fall.', mode: 'professional', span: 'We are committed to reopening the Atikokan ServiceOntario centre' },
      // Confirming an outcome for third parties or a public thing is committing the government to it.
      { text: 'I can confirm every municipality that applied will get funding.', mode: 'professional', span: 'I can confirm' },
      { text: 'The program will absolutely be renewed next year.', span: 'will absolutely' },
      { text: 'Je vous confirme que toutes les écoles recevront le financement cette année.', span: 'Je vous confirme' },
      { text: 'Bonne nouvelle : vos remboursements sont garantis d’ici la fin du mois.', mode: 'professional' },
      { text: "Merci de votre patience, votre demande sera traitée d'ici vendredi.", span: "d'ici vendredi" },
      { text: 'Your permit will be approved by Friday, no problem.', mode: 'professional', span: 'by Friday' },
      // The outcome first, sealed in the next sentence; the progressive future; matching money; a road kept open.
      { text: 'Yes, the province will be twinning the Highway 17 bridge next year. That is a commitment.', span: 'That is a commitment', mode: 'personal' },
      { text: "Le ministère va rouvrir la clinique de Hornepayne au printemps. C'est un engagement ferme.", span: "C'est un engagement", mode: 'professional' },
      { text: 'I can confirm the province will match every dollar the town raises for the arena.', span: 'I can confirm', mode: 'professional' },
      { text: 'Happy to confirm that every school board will have its full allocation restored this fall.', span: 'Happy to confirm', mode: 'professional' },
      { text: "Je peux vous confirmer que l'autoroute 11 va rester ouverte pendant les travaux cet été.", span: 'Je peux vous confirmer', mode: 'personal' },
      // French futures in the verb itself, and the English progressive.
      { text: "Je vous promets que le ministère financera votre projet l'an prochain.", span: 'Je vous promets', mode: 'personal' },
      { text: "@journaliste Non, le gouvernement ne reviendra pas sur sa décision pour le campus. C'est final.", span: "C'est final", mode: 'professional' },
      { text: 'Faites-moi confiance, la province couvrira toutes vos pertes.', span: 'Faites-moi confiance', mode: 'personal' },
      { text: "@renter yes the ministry is extending the filing deadline for cases like yours, don't stress about it.", span: "don't stress about it", mode: 'personal' },
      { text: "Au nom du ministère du Travail, de l'Immigration, de la Formation et du Développement des compétences, j'ai le plaisir de confirmer que chaque demandeur recevra une réponse sous 30 jours.", span: "j'ai le plaisir de confirmer", mode: 'professional' },
    ],
    valid: [
      // Thanks for someone's help, with a promise of one's own.
      "Merci pour votre aide avec le déménagement, je vous le promets : je vous revaudrai ça!",
      // An answer that points to what was announced, or about the author's own plans.
      { text: 'For those asking: yes, the ministry will cover the losses, as announced this morning: ontario.ca/beehealth', mode: 'professional' },
      { text: 'Yes, we will be at the plowing match again this year, come say hi!', mode: 'professional' },
      // A seal with no government outcome: an opinion, a household plan.
      'Vaccines save lives. Full stop.',
      "We're going to the cottage on Friday, it's final, no stress.",
      'Pas de souci, on va finir le gâteau demain.',
      "Ma décision est prise : je vais repeindre la cuisine en vert. C'est final.",
      "Don't worry, the ministry will post the results online next week.",
      "T'inquiète, on va régler le toit du chalet avant l'hiver.",
      "Je vous le dis, le nouveau film de Villeneuve va sortir vendredi et c'est un chef-d'œuvre.",
      "I'm telling you, the new album will drop Friday and it slaps.",
      "Ne vous inquiétez pas pour moi, je m'en occupe : ma mère va payer le souper.",
      "I promise I'll bring cookies to the team meeting on Friday.",
      'Guaranteed fun at the fall fair this weekend, bring the kids!',
      'Once approved, you will receive your permit by mail within 10 business days.',
      'I guarantee this lasagna recipe will change your life.',
      'Je vous promets de bonnes photos de nos vacances au lac!',
      'Votre demande sera traitée selon les délais publiés sur le site du ministère.',
      'We will fix the deck by spring, I promise.',
      "We'll have the cottage opened up by the long weekend!",
      'On va régler le toit du chalet d’ici le printemps, promis.',
      'We are committed to fixing the dock at the cottage by May.',
      "Trust me, my cat won't be affected by the move.",
      'Croyez-moi, le gâteau ne sera pas coupé avant minuit!',
      'Nous nous engageons à réparer la clôture avec les voisins cet été.',
      'I can confirm the hike is on for Saturday, bring snacks.',
      'Je vous confirme que la fête est samedi à 19 h, apportez vos chaises.',
      'I can confirm the kids will get pizza after the game.',
      'The deck will be done by Friday, then vacation!',
      "Le gâteau sera prêt d'ici vendredi pour la fête de Léa.",
      "We're getting a puppy in March. It's official!",
      'Pleased to confirm our book club will be reading Station Eleven next. That is a commitment, Jen.',
      "Je vous confirme que le chalet va rester ouvert tout l'été. C'est officiel, venez nous voir!",
      'Happy to confirm that I will be running the half marathon in May, you have my word.',
      // The same futures on one's own life, or the government's future said without a promise.
      "Je vous promets qu'on financera le voyage de ski des enfants avec la vente de garage!",
      "Ma décision ne changera pas : je ne reviendrai pas sur ma démission. C'est final.",
      'Le ministère publiera les résultats en juin, selon son site web.',
      "Don't stress, the library is extending its hours during exams!",
      'The ministry is extending the consultation to March 3, details at ontario.ca/consult.',
    ],
  },
});
