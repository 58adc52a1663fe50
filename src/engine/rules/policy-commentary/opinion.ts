// A public opinion, praise or criticism, of government policy, decisions, a minister, the premier or
// a ministry: "the new policy is a disaster", "the minister has no clue", "great decision by the
// Premier", « la réforme est un désastre ». It takes a government target AND an evaluation in the same
// sentence (or "It's ridiculous." right after the sentence naming the target). Facts, statistics,
// shared announcements, "Bill 23 comes into force on…" and opinions of restaurants, teams or the
// weather have no such pair and stay clean; neutral promotion on an official account ("we're proud
// to launch") is not an evaluation. Severity rises when the author ties the opinion to their own
// work, and falls when the post reports someone else's view ("critics say…").
import { defineRule } from '../../define-rule.js';
import type { Hit, Span } from '../../types.js';
import { OPINION_PIECES, opinions } from './signals.js';
import { partyObjects } from './party-objects.js';

export default defineRule({
  id: 'policy-commentary/opinion',
  category: 'policy-commentary',
  severity: { personal: 'tip', professional: 'medium', official: 'high' },
  guidelines: ['psoa-duty-related-comment', 'ops-guiding-principles', 'ops-specialist-executive', 'ops-official-account'],
  title: { en: 'Opinion on government policy', fr: 'Opinion sur une politique gouvernementale' },
  why: {
    en: 'This gives a public opinion of a government policy, decision or minister. On a personal account that is your right, but it can be read as the view of a public servant, and it becomes political activity when it touches your own duties. A professional account should stay factual, and an official account must never editorialize.',
    fr: "Ce passage donne une opinion publique sur une politique, une décision ou un ministre. Sur un compte personnel, c'est votre droit, mais on peut y lire l'avis d'un fonctionnaire, et cela devient une activité politique si le sujet touche vos propres fonctions. Un compte professionnel doit s'en tenir aux faits, et un compte officiel ne doit jamais donner d'opinion.",
  },
  // Every hit is an opinion of this sentence.
  // A trigger in the sentence before alone wakes nothing: every opinion holds an evaluation of its own sentence.
  triggersHere: true,
  triggers: OPINION_PIECES,
  detect(unit) {
    const hits: Hit[] = [];
    // A party's platform praised by someone who works on the matter is duty-related political comment
    // too (PSOA s. 72); praise of a government program is not raised, it is often the author's own.
    const parties = partyObjects(unit);
    const partyPlatform = (t: Span | null) => !!t && parties.some((p) => p.start < t.end && t.start < p.end);
    for (const o of opinions(unit)) {
      const hit: Hit = { start: o.start, end: o.end };
      if (o.reported) {
        hit.severity = { personal: 'off', professional: 'tip', official: 'medium' };
        hit.message = {
          en: 'This shares or reports an opinion of a government policy or minister. Passing it on can read as agreeing with it; on an account tied to your role, stick to the facts and the official source.',
          fr: "Ce passage relaie l'opinion de quelqu'un sur une politique ou un ministre. La relayer peut passer pour un accord; sur un compte lié à votre poste, tenez-vous-en aux faits et à la source officielle.",
        };
      } else if (o.ownWork && (o.evaluation.kind === 'negative' || partyPlatform(o.target) || o.target?.kind === 'person')) {
        // Praise of a minister or the premier by someone who works for them is no praise of one's own
        // work (as a program's may be): it is the public servant's public view of the political head.
        hit.severity = { personal: 'medium', professional: 'high', official: 'high' };
        hit.message = {
          en: 'This gives an opinion of a government policy or minister and ties it to your own work. Public comment on matters directly related to your duties can be political activity under the Public Service of Ontario Act, and it can undermine trust in your impartiality. Keep to facts, or leave your work out of it.',
          fr: "Ce passage donne une opinion sur une politique ou un ministre en la rattachant à votre travail. Commenter publiquement une question directement liée à vos fonctions peut constituer une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario et nuire à la confiance dans votre impartialité. Tenez-vous-en aux faits, ou laissez votre travail de côté.",
        };
      }
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      // A government dashboard judged by someone who works on it.
      { text: 'Analytics lead, Ontario Public Service. Honestly the new wait-time dashboard is misleading, it hides the longest waits.', span: 'wait-time dashboard is misleading', mode: 'professional' },
      // A provincial direction judged; a directive that makes the job impossible.
      { text: 'The new provincial forest management direction is a joke.', span: 'management direction is a joke', mode: 'personal', severity: 'tip' },
      { text: 'The new bail directive is going to make my job impossible and it won’t make a single person safer.', span: 'directive is going to make my job impossible', mode: 'personal' },
      // Praise of a minister in everyday words.
      { text: 'Proud to work for a Minister who has the courage to stand up to Ottawa on health transfers.', span: 'Minister who has the courage to', mode: 'professional', severity: 'high' },
      { text: 'Faut l’admettre, la ministre des Affaires francophones a fait une job incroyable sur la modernisation de la LSF.', mode: 'professional', severity: 'medium' },
      // Dismissed as spin or foretold to harm, by a copula or in plain words.
      { text: "The province's build faster plan is a press release with a spreadsheet stapled to it.", mode: 'professional', span: 'plan is a press release' },
      { text: 'The bail changes this government is pushing through will crowd our remand units past breaking point.', mode: 'professional' },
      { text: 'La réforme du ministre, c’est rire du monde en pleine face.', mode: 'professional' },
      { text: "I'm worried about the new tuition grant, I work at the ministry.", mode: 'personal', span: "I'm worried about the new tuition grant, I work at the ministry" },
      // A duty asked of government is still a demand (a duty denied, "she doesn't have to pay it back", is not).
      { text: 'Caseworker here. The ministry has to pay these families back.', mode: 'professional', span: 'The ministry has to pay' },
      { text: 'Agent ici. Le ministère doit revoir sa décision sur les trop-payés.', mode: 'professional' },
      // The verdict with an object and an adverb inside it.
      { text: 'Speaking as a policy analyst on this file: the minister got this one badly wrong.', span: 'minister got this one badly wrong', mode: 'professional' },
      { text: "En tant qu'analyste sur ce dossier : le ministre s'est complètement trompé.", span: "ministre s'est complètement trompé", mode: 'professional' },
      // Incomprehension that accuses; an impersonal « on » cutting a public service.
      { text: "Je comprends pas pourquoi on coupe dans les services en français, c'est insensé.", mode: 'professional', severity: 'medium' },
      { text: "I don't understand why the province keeps cutting transit funding.", mode: 'professional', span: "I don't understand why the province" },
      // French adjectives agree: a measure named in the plural is judged as in the singular; « mal » + participle.
      { text: 'Les nouvelles règles du POSPH sont cruelles pour nos clients.', mode: 'professional', severity: 'medium' },
      { text: 'Le programme de garderies à 10 $ est mal géré depuis le début.', mode: 'professional', span: 'programme de garderies à 10 $ est mal géré' },
      { text: "If the province thinks a 2% increase keeps up with rent, they've never looked at a rent listing.", mode: 'professional' },
      { text: "We're disappointed the federal government chose to cut the housing accelerator fund.", mode: 'official', severity: 'high' },
      { text: 'The new OW rate is an insult to anyone trying to live on it.', mode: 'professional', span: 'OW rate is an insult' },
      // The employer's workforce measures need no government word: "the hiring freeze", « le gel d'embauche ».
      { text: "The hiring freeze is a joke, we're drowning over here.", mode: 'professional', span: 'hiring freeze is a joke', severity: 'medium' },
      { text: "Le gel d'embauche, c'est une vraie farce. On est trois pour faire le travail de six.", mode: 'professional', severity: 'medium' },
      // The author's stance against a government decision, in any first-person form; harm by its effect.
      { text: "I disagree with the province's decision to close the Kenora lab.", mode: 'professional', span: "I disagree with the province" },
      { text: 'Je suis contre le projet de fusion des conseils scolaires du ministre.', mode: 'professional', severity: 'medium' },
      { text: 'The new autism program leaves families behind.', mode: 'professional', span: 'autism program leaves families behind' },
      // Criticism by degree or by any critical adjective, and the author among those who do the work.
      { text: 'From someone who inspects these farms: the new manure storage limits are far too lax.', mode: 'professional', severity: 'high' },
      { text: "The province's decision on the rural clinics was a terrible call.", mode: 'professional', span: 'decision on the rural clinics was a terrible call' },
      { text: 'The new septic inspection rules are not strong enough, and the ministry knows it.', mode: 'official' },
      { text: 'Le nouvel assouplissement provincial des règles sur les pesticides est beaucoup trop laxiste.', mode: 'official', span: 'beaucoup trop laxiste' },
      { text: 'Moi qui traite ces dossiers, je trouve que les nouveaux plafonds du programme sont une mauvaise idée.', mode: 'professional', severity: 'high' },
      { text: 'The new policy is a disaster for front-line staff.', span: 'policy is a disaster', severity: 'tip' },
      { text: "This government's cuts are shameful.", mode: 'professional', severity: 'medium' },
      { text: 'Honestly, the minister has no clue what happens in our offices.', span: 'minister has no clue' },
      { text: 'Great decision by the Premier to freeze tuition.', span: 'Great decision by the Premier', mode: 'official', severity: 'high' },
      { text: 'The return-to-office mandate is ridiculous, and in my branch nobody understands why.', severity: 'medium' },
      { text: 'La réforme est un désastre pour les familles du Nord.', span: 'réforme est un désastre' },
      { text: "Franchement, le ministre n'a aucune idée de la réalité du terrain.", span: "ministre n'a aucune idée" },
      { text: 'Le retour au bureau cinq jours par semaine est ridicule.', span: 'retour au bureau cinq jours par semaine est ridicule' },
      { text: 'Bravo au gouvernement pour cette excellente décision!', mode: 'professional', severity: 'medium' },
      { text: 'The minister called the federal decision disappointing for Ontario workers.', mode: 'official', severity: 'medium' },
      // Sarcasm, rhetorical questions, relief, measures named by what they do, programs, advice to government.
      { text: 'Another brilliant decision from Queen’s Park: close the rural labs and hope for the best.', mode: 'professional', severity: 'medium' },
      { text: 'Who thought it was a good idea to cut the flood forecasting budget right before spring?', mode: 'professional' },
      { text: 'Love how the ministry modernized service by closing every rural office 🙃', mode: 'professional' },
      { text: "Our office lost three staff and the ministry calls it 'efficiencies'.", mode: 'professional', span: "the ministry calls it 'efficiencies'" },
      { text: 'Finally, a minister who actually listens to nurses.', mode: 'professional', span: 'minister who actually listens' },
      { text: 'Scrapping the licence plate sticker fee was the right move.', mode: 'official', severity: 'high' },
      { text: "I've processed ODSP files for ten years and ODSP is a mess right now.", mode: 'personal', severity: 'medium' },
      { text: 'The government needs to rethink its approach to autism funding.', mode: 'professional', span: 'government needs to rethink' },
      { text: "The NDP's housing plan doesn't add up.", mode: 'professional' },
      { text: 'Encore une idée de génie du gouvernement : couper dans les inspections alimentaires.', mode: 'professional' },
      { text: 'Comment le ministère peut-il justifier la fermeture de la clinique de Hearst?', mode: 'professional' },
      { text: 'Le gel des droits de scolarité, c’est une excellente mesure pour les familles.', mode: 'professional', severity: 'medium' },
      { text: "Ça fait quinze ans que je suis agente au POSPH pis les nouvelles règles, c'est du grand n'importe quoi.", mode: 'personal', severity: 'medium' },
      { text: 'Le gouvernement doit revoir sa copie sur le financement de l’autisme.', mode: 'professional' },
      { text: 'Bravo champion, le gouvernement coupe encore dans les services en français.', mode: 'professional' },
      // "This system", "these cuts" in a sentence about the author's work; harm said by its consequence; a past role.
      { text: 'As an ODSP caseworker, I can tell you this system is broken.', mode: 'personal', span: 'system is broken', severity: 'medium' },
      { text: 'I run the inspection program and these cuts will make restaurants less safe.', mode: 'personal', severity: 'medium' },
      { text: "I've been a nurse in Ontario for 20 years and Bill 124 was an insult.", mode: 'personal', severity: 'medium' },
      { text: 'Je suis travailleuse sociale et ce système est brisé.', mode: 'personal', span: 'système est brisé', severity: 'medium' },
      { text: 'Comme inspectrice, je vous le dis : ces compressions mettent en danger les familles.', mode: 'personal', severity: 'medium' },
      { text: 'Le plan du gouvernement en logement ne fonctionnera jamais.', mode: 'professional', severity: 'medium' },
      // A party's platform praised by someone who works on the matter (PSOA s. 72), the party as a modifier.
      { text: "I'm a Ministry of Health analyst, and the NDP health plan is the only one where the numbers add up.", mode: 'personal', severity: 'medium' },
      { text: 'Je suis analyste au ministère de la Santé et le plan santé du NPD est le seul qui tient la route.', mode: 'personal', severity: 'medium' },
      // A minister by portfolio judged by a verb; a measure named by what it is, judged by a superlative or its effect.
      { text: 'The Health Minister botched the vaccine booking rollout again.', mode: 'professional', severity: 'medium' },
      { text: 'La ministre des Transports a raté son coup avec ce plan.', mode: 'professional', severity: 'medium' },
      { text: 'Le ministre de la Santé a visé juste avec ce virage.', mode: 'professional', severity: 'medium' },
      { text: "The 4-day return-to-office order is the dumbest decision I've ever seen.", mode: 'professional', severity: 'medium' },
      { text: 'Winding down the cost-share with municipalities is a mistake.', mode: 'professional' },
      { text: 'The new mandate is the best call in a decade.', mode: 'professional' },
      { text: 'Le nouveau mandat de quatre jours au bureau, une belle gaffe.', mode: 'professional' },
      { text: "15 years in the OPS and this is the dumbest decision I've ever seen.", mode: 'personal', severity: 'medium' },
      { text: 'As a soil specialist, the wind-down of the testing program is a step backwards.', mode: 'personal', severity: 'medium' },
      { text: 'The Minister of Finance got this one completely wrong.', mode: 'professional', severity: 'medium' },
      // The job in the sentence just before: "the new rule" is then the employer's.
      { text: "I've been a caseworker for 12 years. The new intake rule is a step backwards for every client I see.", mode: 'professional', severity: 'high' },
      { text: 'Je suis agente au POSPH depuis dix ans. La nouvelle exigence est une erreur.', mode: 'professional', severity: 'high' },
      { text: "The government's 'digital first' rule means seniors wait weeks for help.", mode: 'professional', severity: 'medium' },
      { text: 'Le gouvernement a complètement raté son coup avec le nouveau portail.', mode: 'professional', severity: 'medium' },
      // A soft policy word named by its public domain, with no government word: the domain says whose it is.
      { text: 'The new permit system is a disaster.', mode: 'professional', span: 'permit system is a disaster', severity: 'medium' },
      { text: 'The tuition freeze is a disaster for colleges.', mode: 'official', severity: 'high' },
      { text: 'Ce programme de subvention est ridicule : trois formulaires pour 500 $.', mode: 'professional', span: 'programme de subvention est ridicule' },
      { text: "Le système d'aide sociale est un désastre.", mode: 'professional', severity: 'medium' },
      { text: 'La nouvelle réglementation est un désastre.', mode: 'professional' },
      // Criticism by pretence, waste and neglect.
      { text: "The minister's announcement today was all spin and no substance.", mode: 'professional', severity: 'medium' },
      { text: "Honestly the Premier's plan for Highway 413 is pure vanity.", mode: 'professional' },
      { text: 'Le budget provincial oublie complètement le Nord.', mode: 'professional', severity: 'medium' },
      { text: 'La réforme du ministère, c’est du théâtre et rien d’autre.', mode: 'professional' },
      { text: "L'abandon progressif du partage des coûts est une erreur.", mode: 'professional', severity: 'medium' },
      // A self-introduction in headline form: a role or an employer, then "here"; a bare role at an employer.
      { text: 'Child welfare policy analyst here. The new funding formula is a disaster.', mode: 'personal', severity: 'medium' },
      { text: 'MTO employee here. The new road test policy is a joke.', mode: 'personal', severity: 'medium' },
      { text: 'Fonctionnaire ici. La nouvelle politique est une farce.', mode: 'personal', severity: 'medium' },
      { text: 'Biologiste au MRN depuis 12 ans. La nouvelle politique sur le loup est une erreur.', mode: 'personal', severity: 'medium' },
      { text: 'Travailler au ministère pis voir le gouvernement couper dans les conseils scolaires. C’est une honte.', mode: 'personal', severity: 'medium' },
      // Lower case changes nothing: "mto" is the ministry all the same.
      { text: 'i work at mto. the new road test policy is a joke.', mode: 'personal', severity: 'medium' },
      // A superlative with an empty head after "is the": the verdict, said of the measure.
      { text: 'The 4-day office directive is the dumbest thing this government has done.', mode: 'professional', severity: 'medium' },
      { text: "Cutting the rural lab was honestly a terrible idea.", mode: 'professional' },
      // A quotation mocked from outside is the author's own view; inside the quotes it stays reported.
      { text: 'The minister\'s "historic investment" today is all optics.', mode: 'professional', severity: 'medium' },
      { text: 'Le « grand plan » du ministre, c’est du théâtre.', mode: 'professional', severity: 'medium' },
      // A decision said to go against its grounds: the evidence, the science, the analysis sent up unread; grief at it.
      { text: "The province's new wolf policy ignored the science entirely.", mode: 'professional', severity: 'medium' },
      { text: 'The 5-day office mandate has zero evidence behind it.', mode: 'professional', span: 'office mandate has zero evidence' },
      { text: 'The Minister clearly didn’t read a single page of our briefing.', mode: 'professional', severity: 'medium' },
      { text: 'It breaks my heart to see the province cut the caribou habitat.', mode: 'professional' },
      { text: "Le retour au bureau, c'est de l'idéologie pure, zéro données derrière.", mode: 'professional', severity: 'medium' },
      { text: 'La nouvelle réglementation sur la chasse repose sur aucune donnée sérieuse.', mode: 'professional' },
      { text: "La ministre a même pas lu notre analyse, encore une fois.", mode: 'professional', severity: 'medium' },
      { text: 'Ça me brise le cœur de voir la province réduire les heures des bibliothèques.', mode: 'professional' },
    ],
    valid: [
      // A dashboard at home.
      { text: 'Our new fitness dashboard at home is misleading lol, it says I ran 10 km.', mode: 'professional' },
      // A direction that is no one's policy.
      "The coach's direction was a joke, we lost 8-1.",
      // The same words about one's own family.
      'Ma fille a fait une job incroyable à son premier spectacle de danse!',
      'My daughter had the courage to stand up to the bully at school.',
      // The news of a press release, and a gift to everyone.
      { text: 'The government issued a press release this morning on the new park, link below.', mode: 'professional' },
      { text: 'Le gouvernement a publié un communiqué de presse ce matin sur le nouveau parc.', mode: 'professional' },
      { text: "Ontario's provincial parks are a gift to all of us. Get outside this weekend!", mode: 'professional' },
      // A resource a government publishes, judged as a resource; an international network's name.
      { text: "The Government of Canada's Canada.ca style guide is free and excellent, bookmark it.", mode: 'professional' },
      { text: 'Spoke at the Open Government Partnership meetup. Great to see so many groups asking for open formats.', mode: 'professional' },
      // The readers' worry, told in order to answer it (the author's own, "I'm worried about", is an opinion).
      'People are worried about the new tuition grant, I work at the ministry.',
      'Les parents sont inquiets à propos de la nouvelle subvention; je travaille au ministère.',
      // The waste itself, named beside government: a service, not a verdict.
      { text: 'Civics 101 for my Grade 10 class: three levels of government, who does what. Garbage = municipal. Health = provincial.', mode: 'professional' },
      { text: 'The ministry sets the rules for landfills. Garbage pickup and trash day are up to your city.', mode: 'professional' },
      { text: 'Trois paliers de gouvernement, qui fait quoi : la collecte des vidanges, c\'est municipal; la santé, c\'est provincial.', mode: 'professional' },
      // The same words about a recipe and a road trip.
      { text: 'I got this one completely wrong, the recipe needs twice the flour.', mode: 'professional' },
      { text: "On s'est complètement trompés de sortie, on a fini à Hawkesbury!", mode: 'professional' },
      { text: 'Les desserts de ma tante sont cruels pour ma diète 😂', mode: 'professional' },
      { text: 'Je comprends pas pourquoi mon chat dort dans la baignoire.', mode: 'professional' },
      { text: "On ferme le chalet en fin de semaine, c'est triste.", mode: 'professional' },
      { text: "I don't understand why my sourdough never rises.", mode: 'professional' },
      { text: 'Mon horaire de la semaine est mal planifié, trois réunions en même temps lol', mode: 'professional' },
      "We're disappointed the rain cancelled the fair, see you next year!",
      'The new rate at my gym is a joke.',
      // A company's freeze, or the freeze stated as a fact.
      { text: "Shopify's hiring freeze is a joke, they just raised $200M.", mode: 'professional' },
      { text: "Le gel d'embauche chez Desjardins, c'est une vraie farce.", mode: 'professional' },
      { text: 'The hiring freeze ends in April; postings reopen on the careers site.', mode: 'professional' },
      'I disagree with my sister about pineapple on pizza.',
      "Je suis contre l'idée de repeindre la cuisine en rouge.",
      // The flaw and judgement families need a government target: a referee, a recipe, a marathon are not one.
      'That was a terrible call by the referee, we were robbed!',
      'My sourdough is far too slow this week, the kitchen is freezing.',
      'Those of us who run marathons know the new race rules are far too strict, lol.',
      'Mon chum trouve que la nouvelle recette est beaucoup trop compliquée pour un mardi soir.',
      'Bill 23 comes into force on January 1; details at ontario.ca/bill23.',
      'The ministry announced $20 million for rural clinics today: ontario.ca/news',
      'We’re proud to launch the new Ontario Trails map today!',
      'The new restaurant on Bay Street is a disaster, waited an hour for a burger.',
      'The Leafs are a disaster this season, as usual.',
      'The weather at Queen’s Park today is ridiculous, bring an umbrella.',
      'Amazing day at Queen’s Park with my team for the budget lockup.',
      "Our store's return policy is ridiculous.",
      'Thanks to Minister Smith for visiting our lab, it was a great conversation.',
      'La nouvelle politique entre en vigueur le 1er avril; tous les détails sur ontario.ca.',
      'Le restaurant du coin est un désastre depuis le changement de propriétaire.',
      'Excellente journée à Queen’s Park avec mon équipe!',
      { text: 'Severe weather alert: terrible driving conditions across the province tonight.', mode: 'official' },
      { text: 'Découvrez comment le nouveau règlement protège les locataires contre les expulsions injustes.', mode: 'official' },
      'Le budget familial est un désastre ce mois-ci, trop de sorties au resto.',
      'The budget for our wedding is a disaster, send help.',
      'This budget template in Excel is a nightmare to fill out.',
      'What a genius move by my toddler: she hid the remote in the freezer.',
      'Who thought this was a good idea? My cat just knocked over the Christmas tree.',
      'The closure of my favourite bakery is a tragedy, honestly.',
      'Cutting sugar was the best decision I made this year.',
      { text: 'Huge thanks to the team behind the new ODSP online portal. Game changer for clients.', mode: 'professional' },
      { text: 'Props to the ServiceOntario staff in Kenora, in and out in ten minutes!', mode: 'professional' },
      { text: 'The new permit portal is a game changer for farmers: ontario.ca/permits', mode: 'official' },
      { text: "That's not accurate: the ministry has not changed the eligibility rules. Details: ontario.ca/ocb", mode: 'official' },
      'Qui a eu l’idée géniale de mettre des raisins dans les tartes au beurre?',
      'La fermeture du resto du coin, c’est n’importe quoi, c’était le meilleur.',
      // "This system" with no government or work in sight: a laptop, a sound system, a diet.
      'This system is broken, my laptop won’t boot again.',
      'Ce système de son est brisé depuis hier.',
      'These cuts of beef make the stew less tender, lesson learned.',
      'Ce régime ne fonctionnera jamais, je mange trop de chocolat.',
      // Praise of a program by one who works on it stays a tip on a personal account; a party's own words are reported.
      { text: "I'm a nurse and the new home care program is a great step forward.", mode: 'personal' },
      { text: 'Je suis infirmière et le nouveau programme de soins à domicile est une excellente mesure.', mode: 'personal' },
      { text: 'The NDP says the plan is the only one that works.', mode: 'professional' },
      { text: 'Fière de mon équipe pour le lancement du nouveau portail des permis, un grand pas pour les producteurs!', mode: 'professional' },
      // A referee's, a school's, a company's or the family's decision; one's own team's launch.
      "That was the dumbest decision I've ever seen from a referee.",
      "The Leafs trading their captain is the dumbest decision I've ever seen.",
      "My mom's decision to sell the cottage was a mistake.",
      'The coach nailed it with that line change.',
      { text: "The company's return-to-office order is a mistake.", mode: 'professional' },
      { text: 'Proud of my team for the launch of the new portal, best call we made all year.', mode: 'professional' },
      "La décision de l'arbitre est une erreur.",
      'Ma sœur a raté son coup avec son gâteau.',
      "La direction de l'école a pris la pire décision.",
      'My GPS got it wrong again and we ended up in Barrie.',
      'The new rule at the dog park means kids wait weeks for a turn, lol.',
      "Mon GPS s'est trompé de sortie encore une fois.",
      'Le nouveau règlement de la piscine est ridicule, on attend des semaines pour un couloir.',
      { text: 'The minister announced the new transit plan today: ontario.ca/news', mode: 'official' },
      // Someone else's system, a domain word praised, and words of pretence in their plain sense.
      "My gym's membership system is a disaster.",
      'The parking permit system at my condo is a disaster.',
      { text: 'The new permit portal is a game changer for farmers: ontario.ca/permits', mode: 'professional' },
      { text: 'Minister Smith opened the new theatre in Sudbury today.', mode: 'official' },
      { text: 'Vanity plates are back at ServiceOntario!', mode: 'official' },
      { text: 'The minister honoured the sacrifices of our veterans.', mode: 'official' },
      { text: 'Le ministère lance un programme contre le gaspillage alimentaire.', mode: 'official' },
      { text: 'Le ministre annonce du financement pour le sport amateur.', mode: 'official' },
      // An adjective before an empty head with no "is the" still qualifies that noun.
      { text: 'The ministry workshop collected terrible ideas and great ones, all anonymous.', mode: 'professional' },
      // Facts about data, a drafted speech, sympathy and grief for one's own family are no verdict.
      { text: 'The ministry has no data on that yet; the 2025 figures come out in March.', mode: 'professional' },
      { text: "Zero data loss during the ministry's server migration this weekend, great work IT team!", mode: 'professional' },
      { text: 'The Minister never read the speech I drafted, she improvised it and it was great.', mode: 'professional' },
      { text: 'Our new policy is based on ten years of research by ministry staff: ontario.ca/guide', mode: 'professional' },
      { text: "Aucune donnée personnelle n'est conservée par le ministère.", mode: 'professional' },
      { text: 'Malgré les données encourageantes, le ministère invite la population à rester prudente.', mode: 'professional' },
      'It breaks my heart to see my kid leave for university, but the Ontario scholarship helped so much!',
    ],
  },
});
