// An opinion of a measure the post names only by what it is ("the new rule", "the 4-day order",
// « la nouvelle règle »), in a post that says elsewhere that the author works on it ("I work OW
// intake.", "15 years in the OPS", « je travaille à l'accueil d'Ontario au travail »). PSOA s. 72
// singles out public comment on matters related to one's own duties: the job sentence makes the
// decision the employer's, even when the sentence with the verdict names no government. Text scope,
// because the job and the verdict are often sentences apart; each sentence's facts are cached with it.
// A referee's, a company's, a school's or the family's decision never counts (looseOpinions).
import { defineRule } from '../../define-rule.js';
import type { Hit, Span } from '../../types.js';
import { OPINION_PIECES, looseOpinions, opinions } from './signals.js';
import { OWN_WORK_PIECES, ownWorkHere } from './own-work.js';
import { matchesAny } from '../../match.js';
import { piecesIn, prefilterEnabled } from '../../trigger-index.js';
import { POSITION_PIECES, positionSpans } from '../political/position-association.js';

type Verdict = Span & { praise: boolean; person?: boolean };

interface SentenceFacts {
  /** The sentence says the author works in the public service or on the matter. */
  duty: boolean;
  /** Verdicts on a measure named by what it is; `praise` for a decision praised. Worked out only when
   * combine() asks, in a draft where some sentence holds a job: most drafts hold none, and the
   * verdicts cost a loose reading of every sentence's opinions (the costliest of these facts). */
  verdicts: () => Verdict[];
}

// A sentence without a job (own work or a position) and without an evaluation holds the facts of an
// empty sentence: no duty, no verdict (verdicts need OPINION_PIECES in the sentence itself).
const TRIGGERS: readonly string[] = [...OWN_WORK_PIECES, ...POSITION_PIECES, ...OPINION_PIECES];
const NO_VERDICTS = (): Verdict[] => [];
const NO_FACTS: SentenceFacts = { duty: false, verdicts: NO_VERDICTS };
const DUTY_ONLY: SentenceFacts = { duty: true, verdicts: NO_VERDICTS };

export default defineRule({
  id: 'policy-commentary/duty-context',
  category: 'policy-commentary',
  scope: 'text',
  severity: { personal: 'tip', professional: 'medium', official: 'high' },
  guidelines: ['psoa-duty-related-comment', 'ops-guiding-principles', 'ops-specialist-executive'],
  title: { en: 'Opinion on a decision you work on', fr: 'Opinion sur une décision liée à votre travail' },
  why: {
    en: 'This post says you work on the matter, and elsewhere gives a public opinion of a decision, rule or order that is then your employer\'s. Public comment on matters directly related to your duties can be political activity under the Public Service of Ontario Act. Keep to facts, or leave your work out of it.',
    fr: "Ce message indique que vous travaillez sur la question et donne ailleurs une opinion publique sur une décision, une règle ou une directive qui est alors celle de votre employeur. Commenter publiquement une question directement liée à vos fonctions peut constituer une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario. Tenez-vous-en aux faits, ou laissez votre travail de côté.",
  },
  triggers: TRIGGERS,
  incremental: {
    facts: (unit): SentenceFacts => {
      // Also woken by a trigger in the sentence before, which holds its own facts: a sentence without
      // one of its own holds an empty sentence's (the engine's scan answers for the trigger list).
      if (prefilterEnabled() && !piecesIn(TRIGGERS, unit.plain)) return NO_FACTS;
      // The job of this sentence alone: ownWork() also reads the sentence before, but that sentence
      // holds its own facts, and combine() asks only whether some sentence holds a job. Not reading it
      // lets the engine reuse these facts after any sentence.
      const duty = ownWorkHere(unit.plain).own || positionSpans(unit).positions.length > 0;
      // Verdicts need an evaluation in this sentence (OPINION_PIECES); only then may they read the
      // sentence before, so only then is it read here, which tells the engine that these facts hold
      // for this sentence after this one only (the verdicts are worked out later, out of its sight).
      const judges = matchesAny(OPINION_PIECES, unit.plain);
      if (judges) void unit.before;
      // Without an evaluation, the shared empty answer: a closure here would keep the unit alive as long as
      // the sentence's facts are cached.
      if (!judges) return duty ? DUTY_ONLY : NO_FACTS;
      let verdicts: Verdict[] | undefined;
      return {
        duty,
        verdicts: () =>
          (verdicts ??= [
            ...looseOpinions(unit).map((o) => ({ start: o.start, end: o.end, praise: o.evaluation.kind !== 'negative' })),
            // A criticism that policy-commentary/opinion reads as a bystander's (a tip on a personal
            // account) because the job is said further off than the sentence before: "Closing the Timmins
            // office makes no sense. … I've worked there nine years."
            ...opinions(unit)
              .filter((o) => !o.ownWork && !o.reported && o.evaluation.kind === 'negative')
              .map((o) => ({ start: o.start, end: o.end, praise: false })),
            // Praise of a minister or the premier in a post that says the author works for them: "our
            // Minister actually listens. … Proud to work for her." (praise of a program may be one's own work).
            ...opinions(unit)
              .filter((o) => !o.ownWork && !o.reported && o.evaluation.kind !== 'negative' && o.target?.kind === 'person')
              .map((o) => ({ start: o.start, end: o.end, praise: true, person: true })),
          ]),
      };
    },
    combine(facts, sentences) {
      if (!facts.some((f) => f.duty)) return [];
      const hits: Hit[] = [];
      facts.forEach((f, i) => {
        const at = sentences[i]!.start;
        for (const v of f.verdicts()) {
          hits.push({
            start: at + v.start,
            end: at + v.end,
            // Criticism of one's own employer's decision weighs more than praise of it (which may be one's own work).
            severity: v.praise && !v.person ? undefined : { personal: 'medium', professional: 'high', official: 'high' },
          });
        }
      });
      return hits;
    },
  },
  examples: {
    invalid: [
      // The minister praised in a post that says the author works for her; the job said as a living or « moi qui suis… ».
      { text: 'Say what you want, our Minister actually listens. Proud to work for her.', mode: 'personal', span: 'Minister actually listens', severity: 'medium' },
      { text: 'Le ministre a enfin compris les besoins du Nord. Fière de travailler pour lui!', mode: 'personal', severity: 'medium' },
      { text: "Closing the rural labs is a disgrace. I test water samples for a living, I'd know.", mode: 'personal', severity: 'medium' },
      { text: 'La réforme du gouvernement est une honte. Moi qui suis greffière au palais de justice, je le vois tous les jours.', mode: 'personal', severity: 'medium' },
      { text: 'I work OW intake. Been there eight years. The new rule means clients wait three weeks for a call back.', mode: 'personal', span: 'rule means clients wait', severity: 'medium' },
      { text: "15 years in the OPS. Honestly? The 4-day order is the dumbest decision I've ever seen.", mode: 'personal', severity: 'medium' },
      { text: "I'm a soil specialist with the province. Long week. The new 'digital first' intake rule is a step backwards.", mode: 'professional', severity: 'high' },
      { text: 'I process ODSP files. Coffee first. Whoever designed the new intake rule never met a client.', mode: 'personal', severity: 'medium' },
      { text: "Je travaille à l'accueil d'Ontario au travail. Grosse semaine. La nouvelle règle, c'est franchement ridicule.", mode: 'personal', severity: 'medium' },
      { text: "Ça fait dix ans que je traite des dossiers du POSPH. Bon. La nouvelle exigence, ceux qui ont pensé ça n'ont jamais vu un client.", mode: 'personal', severity: 'medium' },
      { text: 'I work on rail planning for the province. Long week. Honestly the decision to twin the line was the right call.', mode: 'professional', severity: 'medium' },
      // A criticism of a named government measure, the job said further off than the next sentence.
      { text: 'Closing the Timmins service office makes no sense. We go back twenty years. I have worked there for nine years.', mode: 'personal', severity: 'medium' },
      { text: "Franchement, fermer le bureau de Timmins, ça a pas d'allure. On recule de 20 ans. J'y travaille depuis 9 ans.", mode: 'personal', severity: 'medium' },
      { text: "The 4-day office directive is the dumbest thing ever. Enjoy the 401 everyone. 11 yrs I've been here.", mode: 'personal', severity: 'medium' },
      // Inside knowledge claimed for the office: "everyone at work knows", « tout le monde au bureau le sait ».
      { text: "Franchement le nouveau programme d'aide au logement c'est du pelletage de nuages. Ça va aider personne pis tout le monde au bureau le sait.", mode: 'personal', severity: 'medium' },
      { text: "The province's new housing plan is pie in the sky. We won't hit the target and everyone in the room knows it.", mode: 'personal', severity: 'medium' },
    ],
    valid: [
      // A duty denied describes the published rule; it tells government nothing.
      { text: "Caseworker here. Good news for your cousin: under the published rules she doesn't have to pay it back.", mode: 'professional' },
      { text: 'Agente ici. Bonne nouvelle pour ta cousine : selon les règles publiées, elle n’a pas à rembourser.', mode: 'professional' },
      // Courtesy to a minister, pride in one's employer, someone else's living, a role that is a hobby.
      { text: 'Thanks to Minister Smith for visiting our lab today. Proud to work for this ministry!', mode: 'personal' },
      { text: 'Je suis infirmière depuis 20 ans. Bravo à la ministre pour sa visite à notre hôpital!', mode: 'personal' },
      { text: 'My brother fixes cars for a living and honestly the new emissions rules are a joke.', mode: 'personal' },
      { text: 'Moi qui suis une fan de vélo, la nouvelle piste de la ville est géniale.', mode: 'personal' },
      // No job in the post: a decision, a rule with no owner said.
      "That was the dumbest decision I've ever seen.",
      'La nouvelle règle est franchement ridicule.',
      // A job in the post, but the decision is a referee's, a school's, a company's or the family's.
      "I work OW intake. Last night's penalty was the dumbest decision I've ever seen from a referee.",
      "I'm a nurse. My daughter's school made the dumbest decision: no recess in winter.",
      "Je suis infirmière. La décision de l'arbitre hier soir était une erreur.",
      "Je travaille au ministère de la Santé. Ma sœur a pris la pire décision de sa vie: un chat de plus.",
      // A job in the post, and a rule of a gym, a condo, minor hockey, a gala; one's own worst decision.
      "I'm a nurse. The new rule at my gym is ridiculous.",
      'I work in the OPS. The new rule in our condo about bikes is a joke.',
      'I work OW intake. The order of the speakers at the gala was a mess.',
      'As a caseworker, the worst decision of my week was skipping lunch.',
      "I'm an engineer with the province. The announcement at the end of the concert was terrible.",
      'Je travaille au ministère. La nouvelle règle du hockey mineur est ridicule.',
      'Je suis infirmière. La pire décision de ma vie: couper ma frange.',
      // A job in the post, and a building's, Netflix's, a daycare's or a landlord's rule; one's own best decision.
      'I work at the ministry. Anyway, the new parking policy at my building is a joke.',
      'I work in the OPS. The new Netflix password rule is the dumbest decision ever.',
      "I work OW intake. The new schedule at my kid's daycare is ridiculous.",
      'Nurse here. Best decision I ever made was switching to nights.',
      'Je travaille au ministère. La nouvelle décision de mon propriétaire est ridicule.',
      // Others on the front line, not the author: « personne sur le terrain », "nobody on the front line".
      "Franchement, la nouvelle réforme de l'aide sociale, c'est de la bouillie pour les chats. Personne sur le terrain a été consulté.",
      'Honestly the new social assistance reform is hot air. Nobody on the front line was consulted.',
      // Not a self-introduction: someone else's job, a place, the author's own staff praised.
      'The nurse here was lovely. Long wait though. The new clinic policy is a disaster.',
      'My sister is a nurse at the ministry. Long story. The new clinic policy is a disaster.',
      "L'infirmière ici était super. Longue attente. La nouvelle politique de la clinique est un désastre.",
      'Ma sœur est agente au ministère. Longue histoire. La nouvelle politique de la clinique est un désastre.',
      // A job and neutral news about a rule.
      { text: 'I work OW intake. The new rule comes into force on April 1: ontario.ca/ow', mode: 'professional' },
      { text: "Je travaille à l'accueil d'Ontario au travail. La nouvelle règle entre en vigueur le 1er avril.", mode: 'professional' },
    ],
  },
});
