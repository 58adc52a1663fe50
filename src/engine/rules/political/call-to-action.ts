// A call to vote, elect, give, volunteer, canvass, put up a sign or rally, tied to a party, a leader,
// a candidate or an election (PSOA s. 72: supporting or opposing a party or candidate). A vote in a
// bake-off, a charity "campaign" or a birthday "party" is not political: without a party, candidate
// or electoral frame nothing fires. A plain reminder to vote is civic; it is only a tip on an
// account tied to one's role and silent elsewhere (Elections Ontario reminders are fine officially).
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { CALL_TRIGGERS, callsToAct } from './signals.js';

export default defineRule({
  id: 'political/call-to-action',
  category: 'political',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['psoa-political-activity', 'psoa-specially-restricted', 'psoa-all-public-servants'],
  title: { en: 'Call to vote or campaign for a party or candidate', fr: 'Appel à voter ou à faire campagne pour un parti ou un candidat' },
  why: {
    en: 'This asks people to vote, give or campaign for (or against) a party or candidate. That is political activity under the Public Service of Ontario Act: keep it off work time and work equipment and away from your job title. Senior staff (directors, ADMs, deputy ministers) may not do it at all, and it has no place on a professional or official account.',
    fr: "Ce passage invite à voter, à donner ou à faire campagne pour (ou contre) un parti ou un candidat. C'est une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario : faites-la en dehors du travail, sans le matériel de l'employeur et sans lien avec votre poste. Les cadres supérieurs (directeurs, SMA, sous-ministres) ne peuvent pas s'y livrer, et elle n'a pas sa place sur un compte professionnel ou officiel.",
  },
  // A trigger in the sentence before alone wakes nothing: every call starts from an action, a count, an event, a pronoun call or a tag of its own sentence.
  triggersHere: true,
  triggers: CALL_TRIGGERS,
  detect(unit) {
    const hits: Hit[] = [];
    for (const c of callsToAct(unit)) {
      if (c.kind === 'civic') {
        hits.push({
          start: c.start,
          end: c.end,
          severity: { personal: 'off', professional: 'tip', official: 'off' },
          message: {
            en: 'A reminder to vote that names no party or candidate is not partisan. On an account tied to your role, keep it that way: no hint about whom to choose, and a link to Elections Ontario for the facts.',
            fr: "Rappeler d'aller voter, sans nommer de parti ni de candidat, n'est pas partisan. Sur un compte lié à votre poste, restez-en là : aucun indice sur le choix à faire, et un lien vers Élections Ontario pour les renseignements.",
          },
        });
      } else if (c.kind === 'implicit') {
        hits.push({
          start: c.start,
          end: c.end,
          message: {
            en: '"Vote them out" and similar calls target the governing party without naming it: it is still opposing a party in an election, which is political activity under the Public Service of Ontario Act.',
            fr: "« Sortons-les » et les appels semblables visent le parti au pouvoir sans le nommer : c'est tout de même s'opposer à un parti, une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario.",
          },
        });
      } else {
        hits.push({ start: c.start, end: c.end });
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      // A party's own office, with the party named.
      { text: "Proud to share I've been named Fundraising Chair for the Kitchener Centre PC riding association this year!", span: 'Fundraising Chair for the Kitchener Centre PC riding association', mode: 'personal' },
      { text: "Fière d'être nommée responsable du financement de l'association de circonscription du NPD à Sudbury!", mode: 'personal' },
      // Money or campaign work asked for bare, right after a sentence about a party's or candidate's race.
      { text: 'Mon amie Josée se présente pour le NPD dans Timmins! 🧡 Chaque don compte, même 20 $.', span: 'Chaque don compte', mode: 'personal' },
      { text: 'My neighbour Priya is running for the Greens in Guelph. Every donation counts, link below!', span: 'donation', mode: 'personal' },
      // An election named by its order alone (« aux municipales »), a re-election asked for in the first person plural.
      { text: 'Je vais voter pour Jean-Marc Lavigne aux municipales.', span: 'Je vais voter pour Jean-Marc Lavigne', mode: 'personal' },
      { text: "Merci à notre député Gilles Dupont pour le nouveau pont. Ça prend du monde comme lui à Queen's Park, réélisons-le!", span: 'réélisons-le', mode: 'personal' },
      // Quoted, but this year's campaign.
      { text: 'Got my "Vote NDP" lawn sign up today, come grab one!', mode: 'personal' },
      // A riding association's handle or tag is the party ("@OttSouthNDP", « #SudburyNPD »).
      { text: 'Out canvassing with @OttSouthNDP this weekend, come join!', span: 'canvassing with @OttSouthNDP' },
      { text: 'Fière de faire du porte-à-porte avec #SudburyNPD samedi!', span: 'porte-à-porte avec #SudburyNPD' },
      // A grievance to remember at the polls, in either order; an incumbent mayor; a riding association's fundraiser.
      { text: 'They cut our clinic hours. Remember that at the ballot box, Thunder Bay.', span: 'Remember that at the ballot box', mode: 'personal', severity: 'medium' },
      { text: 'Ils ont fermé le bureau de Hearst. Aux prochaines élections, souvenez-vous-en.', span: 'Aux prochaines élections, souvenez-vous-en', mode: 'personal' },
      { text: "Souvenez-vous-en dans l'isoloir 😉", mode: 'professional', severity: 'high' },
      { text: 'Aux municipales, votez contre le maire sortant.', span: 'votez contre le maire sortant', mode: 'personal' },
      { text: 'Tickets for our riding association fundraiser are $50, e-transfer me!', mode: 'personal' },
      // A party adjective right after a vote, whatever its case (a post typed in lower case).
      { text: 'so i will say it plainly: do not vote liberal on june 2.', span: 'vote liberal', mode: 'personal' },
      { text: 'anyone who votes pc in my riding deserves the potholes they get', span: 'votes pc', mode: 'personal' },
      // A name or a pledged vote, electoral by the office named in the sentence before.
      { text: 'Fière de ma sœur qui se présente à la mairie de Timmins! Votez Julie!', span: 'Votez Julie', mode: 'personal' },
      { text: 'Mon ami Marc se présente comme conseiller dans le quartier 4, il a mon vote.', span: 'a mon vote', mode: 'personal' },
      { text: 'My neighbour Dev is running for city council in Ward 9. He has my vote.', span: 'has my vote', mode: 'professional', severity: 'high' },
      // Putting those in power out, with an object pronoun in any tense, where government or an election is about.
      { text: 'Ce gouvernement-là, faut le sortir aux prochaines élections.', span: 'le sortir', mode: 'personal' },
      { text: 'Les conservateurs vont encore couper dans la santé, votez pas pour eux autres.', span: 'votez pas pour eux autres' },
      { text: 'Four more years of this government? Throw them all out in June.', span: 'Throw them all out', mode: 'professional', severity: 'high' },
      // Canvassing for a person named by a capital, even with no office word or with a count of doors.
      { text: "J'ai fait du porte-à-porte toute la fin de semaine pour Mélanie dans Ottawa-Vanier.", span: 'fait du porte-à-porte toute la fin de semaine pour Mélanie', mode: 'personal' },
      { text: 'Knocked on 200 doors tonight for Sarah in Guelph, who is joining us Saturday?', span: 'Knocked on 200 doors tonight for Sarah', mode: 'personal' },
      { text: "On a cogné à 300 portes pour le NPD samedi!", mode: 'personal' },
      { text: 'Honoured to be nominated as the NDP candidate for Sudbury! Campaign launch Saturday.', mode: 'personal' },
      { text: 'Les libéraux ont promis 10 $ par jour et ils ont livré. Votez rouge!', span: 'Votez rouge', mode: 'personal' },
      // Campaign work and money in any tense; the jobs of election day; French « militer ».
      { text: "Chipped in $50 to Marit Stiles' campaign today. Let's go!", span: 'Chipped in $50 to Marit Stiles', mode: 'personal', severity: 'medium' },
      { text: 'Spent e-day as a scrutineer for the Ontario Liberals.', mode: 'professional', severity: 'high' },
      { text: 'Fière de militer pour le PLO dans Ottawa–Vanier!', span: 'militer pour le PLO', mode: 'personal' },
      { text: 'J’ai cogné aux portes pour le NPD toute la fin de semaine.', mode: 'professional' },
      { text: 'Got my election sign from the NDP office today!', span: 'election sign', mode: 'professional' },
      // A full name after "vote for" with a voting day or the word candidate.
      { text: "Vote for Sarah Lee on October 24, she's the only candidate who gets it.", span: 'Vote for Sarah Lee' },
      { text: 'Votez pour Marie Dubois le 27 février!', span: 'Votez pour Marie Dubois' },
      { text: 'Get out on June 2 and vote NDP, we need a change!', span: 'vote NDP', severity: 'medium' },
      { text: 'Please vote for Jane Smith for council in Ward 4 on October 24.', span: 'vote for Jane Smith for council', mode: 'professional', severity: 'high' },
      { text: 'Spent my Saturday canvassing for the Ontario Liberals in our riding.', span: 'canvassing for the Ontario Liberals' },
      { text: 'Chip in $10 to the Green Party of Ontario before midnight!', span: 'Chip in $10 to the Green Party of Ontario' },
      { text: "It's time: vote them out on election day.", span: 'vote them out' },
      { text: 'Proud to have my #VoteNDP lawn sign up.', span: '#VoteNDP' },
      { text: 'New lawn sign just went up #VoteGreen', span: '#VoteGreen' },
      { text: 'Thanks for coming out tonight. Re-elect Anita on June 2!', mode: 'official', severity: 'high' },
      { text: 'Votez pour le NPD le 2 juin, on a besoin de changement!', span: 'Votez pour le NPD', severity: 'medium' },
      { text: 'Je fais du porte-à-porte ce soir pour notre candidate à la mairie.', span: 'porte-à-porte ce soir pour notre candidate' },
      { text: 'Faites un don au Parti libéral de l’Ontario avant la fin du mois.', mode: 'official', severity: 'high' },
      { text: "N'oubliez pas d'aller voter jeudi!", mode: 'professional', severity: 'tip' },
      // Fundraising events of any kind for a campaign, and a campaign named by the seat it seeks.
      { text: "Pancake breakfast Saturday to support Jane Smith's campaign for council, tickets at the door!", span: "Pancake breakfast Saturday to support Jane Smith's campaign for council" },
      { text: 'Benefit dinner Friday for the Ontario NDP riding association, $50 a plate.', mode: 'professional' },
      { text: 'Tournoi-bénéfice samedi pour la campagne de Julie Roy à la mairie, venez nombreux!', span: 'Tournoi-bénéfice samedi pour la campagne de Julie Roy à la mairie' },
      { text: 'Soirée-bénéfice jeudi au profit de la campagne de Marc Dubé au conseil municipal.', mode: 'professional' },
      // Campaign roles and signs for a named person; the author's own candidacy.
      { text: 'My lawn sign for Priya Patel is finally up!', span: 'lawn sign for Priya Patel' },
      { text: "Hey neighbours, I'm running for city council in Ward 3 this fall!", span: "I'm running for" },
      { text: "Fière de faire partie de l'équipe de campagne de Luc Gagnon!", span: 'équipe de campagne de Luc Gagnon' },
      { text: 'Ma pancarte pour Marie Lalonde est plantée devant la maison!', span: 'pancarte pour Marie Lalonde' },
      { text: 'Je me présente comme conseillère scolaire dans le quartier 5 cet automne.', span: 'Je me présente' },
      // A pronoun whose party was named just before: "vote them in", « votez contre eux ».
      { text: 'Honestly the Greens are the only ones with a housing plan that adds up. Vote them in on the 2nd 🌱', span: 'Vote them in' },
      { text: 'Doug Ford wants to pave the greenbelt, again. do NOT vote for him lol', span: 'vote for him' },
      { text: 'Le NPD a promis de doubler le POSPH. Votez pour eux, point final.', span: 'Votez pour eux' },
      { text: 'Les libéraux ont laissé tomber le Nord. Le 27, votez contre eux.', span: 'votez contre eux' },
      // A vote steered by what was just said of a party.
      { text: 'The PCs have the only credible plan on transit. Vote accordingly.', span: 'Vote accordingly', mode: 'personal' },
      { text: 'Le NPD est le seul qui a un vrai plan pour le Nord. Votez en conséquence.', span: 'Votez en conséquence', mode: 'personal' },
    ],
    valid: [
      // A charity's office.
      'Named fundraising chair for the hospital foundation gala this year!',
      // Giving to someone else, or a party's news rather than its race.
      { text: 'The PC candidates debated last night. Volunteering at the soup kitchen tomorrow, come along!', mode: 'personal' },
      { text: 'Le NPD a présenté son plan hier. Chaque don au refuge compte cet hiver.', mode: 'personal' },
      // A civic reminder naming the municipal election colloquially.
      "Les municipales, c'est le 27 octobre : vérifiez votre inscription sur la liste électorale.",
      // A slogan of a campaign long over, quoted as the button or poster it is on.
      'The kids asked why Grandpa keeps a "Vote Liberal 1968" button in his tackle box. He says it is his lucky lure.',
      'Trouvé dans le grenier de mémère : une affiche « Votez Bloc 1993 » pis trois catalogues Sears.',
      // A handle that merely ends in letters a party also uses.
      { text: 'Come watch the debate tonight on the @gamingpc stream!' },
      // Advice at the polls, a memory of a trip, a charity's campaign video.
      { text: 'Remember that at the polls, you will need one piece of ID: elections.on.ca', mode: 'professional' },
      'Remember that at the polls your voter card is optional!',
      "I'll always remember that. Best trip of my life.",
      "Souvenez-vous-en, c'était la meilleure fête de l'été!",
      { text: 'Our team made a campaign video for the United Way drive, so proud!', mode: 'professional' },
      // "Liberal" and "green" as plain adjectives, away from a vote.
      'as a conservative estimate, the liberal arts budget doubled this year.',
      'we voted on the green paint for the office, it won 4 to 2.',
      'Ma fille fait du porte-à-porte pour vendre du chocolat pour son école.',
      'Fait du porte-à-porte pour Centraide samedi, merci aux voisins généreux!',
      'Knocked on 40 doors for Halloween with the kids lol',
      'Emma is running for student council. She has my vote!',
      'The Raptors’ Scottie Barnes has my vote for MVP.',
      'Le gâteau aux carottes de Line a mon vote au concours!',
      'Les enfants, faut les sortir du lit à 7 h, pis après ça on part.',
      'Faut les sortir, ces vieux meubles, avant que le gouvernement change les règles du dépotoir... ben non, je niaise.',
      'The raccoons got into the garbage again, gotta get them all out of the garage.',
      'Go orange for Orange Shirt Day this Friday!',
      'Honoured to be nominated as Volunteer of the Year by the United Way!',
      // Someone else's sign, described; giving and militancy with no party or candidate.
      'Nos voisins ont une pancarte électorale géante, ça bloque la vue du parc.',
      'Election signs everywhere on my street this week, spring must be here.',
      "I chipped in for Sarah's retirement gift, and gave to the United Way campaign.",
      'Je milite pour le climat depuis vingt ans.',
      'Vote for my daughter Emma in the school art contest, voting closes Friday!',
      // A pronoun call with no party or leader named: a contest, a team.
      'The Leafs finally won a playoff game. Vote them in as team of the week on the Sportsnet poll!',
      'Nos trois finalistes sont super. Votez pour eux dans le sondage du club de lecture!',
      'Votez pour la photo de Luc Roy au concours du club de photo!',
      'Vote for your favourite cake in the office bake-off before Friday!',
      'Please vote in the Ontario Science Centre poll to name the new exhibit.',
      'Join our campaign for the Terry Fox Run and donate to cancer research.',
      'The NDP voted against the bill at second reading yesterday.',
      { text: 'Go vote on Thursday! Advance polls are open all week.', mode: 'personal' },
      { text: 'Advance polls are open until Saturday; find your polling station on the Elections Ontario website.', mode: 'official' },
      'We need volunteers for the public-health vaccination campaign next month.',
      'Votez pour votre photo préférée dans notre concours annuel.',
      'Il est parti faire campagne de financement pour la banque alimentaire.',
      { text: "N'oubliez pas d'aller voter jeudi, les bureaux de vote ouvrent à 9 h.", mode: 'official' },
      'Spent the afternoon canvassing the neighbourhood for our block party.',
      'Il faut voter pour le nom de la mascotte avant vendredi.',
      'Anyone but Sarah can bring dessert to the potluck.',
      // Fundraisers and campaigns with no candidate or party: charity, not politics.
      'Pancake breakfast Saturday at the fire hall, all proceeds to the food bank.',
      'Benefit concert for the children’s hospital campaign next week, tickets $20.',
      "Souper-bénéfice pour l'hôpital de Hawkesbury samedi, billets à 40 $.",
      'La campagne de vaccination se poursuit à la mairie de Hearst jusqu’à vendredi.',
      // Signs, teams and "running for" that are not someone's election.
      "I'm running for the school council at my son's school, vote for me and I'll fix the pickup line!",
      "Je me présente au conseil d'école de ma fille, votez pour moi!",
      'Lawn signs for the Riverdale Garden Tour are available at the library.',
      'I joined the campaign team at Shopify last week, loving it so far.',
      "I'm running for the Boston marathon this spring, wish me luck!",
      'Vote for me in the office chili cook-off!',
      'Les manifestants brandissaient des pancartes pour Gaza devant le parlement.',
      'Je me présente : Julie, analyste au ministère depuis cinq ans.',
      'Ma campagne de financement pour Centraide commence lundi.',
      'The library board vote is Tuesday. Read the candidates’ bios and vote accordingly.',
      "On choisit la mascotte de l'école vendredi, pensez-y avant de voter!",
    ],
  },
});
