// Support for or opposition to a named party, leader or candidate: "the NDP are the only ones who…",
// "the PCs have ruined…", "proud to support Jane Smith for council", "go Greens!". Requires the name
// and a stance word together in a sentence (or a "they…" sentence right after the name); a neutral,
// factual mention ("the Ontario Liberal Party holds its convention in June") is left alone, and a
// party that speaks ("the NDP says the budget is a disaster") is not the author taking a side.
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { SIGNAL_PIECES, stances } from './signals.js';

export default defineRule({
  id: 'political/partisan-stance',
  category: 'political',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['psoa-political-activity', 'psoa-specially-restricted', 'psoa-duty-related-comment', 'ops-specialist-executive'],
  title: { en: 'Taking sides for or against a party or candidate', fr: 'Prise de position pour ou contre un parti ou un candidat' },
  why: {
    en: 'This takes a side for or against a party, leader or candidate. On a personal account, on your own time and without naming your job, most public servants may do so; it is riskier near your own files, and senior staff (directors, ADMs, deputy ministers) may not. It has no place on a professional or official account.',
    fr: "Ce passage prend position pour ou contre un parti, un chef ou un candidat. Sur un compte personnel, en dehors du travail et sans mentionner votre poste, la plupart des fonctionnaires peuvent le faire; c'est plus risqué près de vos propres dossiers, et c'est interdit aux cadres supérieurs (directeurs, SMA, sous-ministres). Cela n'a pas sa place sur un compte professionnel ou officiel.",
  },
  // A stance needs a party, a leader or a candidate here, or one in the sentence before for "They…".
  triggers: SIGNAL_PIECES,
  detect(unit) {
    const hits: Hit[] = [];
    for (const s of stances(unit)) {
      if (s.ownWork) {
        hits.push({
          start: s.start,
          end: s.end,
          severity: { personal: 'high' },
          message: {
            en: 'This takes a side on a party or candidate and ties it to your own work. Commenting publicly on a matter directly related to your duties that parties take positions on generally needs an approved unpaid leave under the Public Service of Ontario Act, and your job must never be linked to political activity.',
            fr: "Ce passage prend position pour ou contre un parti ou un candidat en le rattachant à votre travail. Commenter publiquement une question directement liée à vos fonctions sur laquelle les partis ont pris position exige en général un congé non payé autorisé en vertu de la Loi de 2006 sur la fonction publique de l'Ontario, et votre poste ne doit jamais être associé à une activité politique.",
          },
        });
      } else {
        hits.push({ start: s.start, end: s.end });
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      // Agreeing out loud with a party, by its handle or its name.
      { text: "Couldn't agree more with @KanataNDP on this one.", span: "Couldn't agree more with @KanataNDP", mode: 'personal' },
      { text: "Tellement d'accord avec les libéraux de l'Ontario là-dessus.", span: "Tellement d'accord avec les libéraux", mode: 'personal' },
      // A candidate vouched for in plain words.
      { text: "Our friend Ana is running for mayor and she's the real deal.", span: "running for mayor and she's the real deal", mode: 'personal' },
      { text: 'Mon amie Ana se présente à la mairie, elle ferait une excellente mairesse!', span: 'se présente à la mairie, elle ferait une excellente', mode: 'personal' },
      // A French party adjective claimed as an identity or a vote, lower-case.
      { text: "J'ai voté pour lui en 2022 pis je vais le refaire, fier conservateur 💙", mode: 'personal', severity: 'medium' },
      { text: "Libérale de toujours, j'ai toujours voté libéral.", mode: 'professional', severity: 'high' },
      { text: "Can't wait to see the PCs lose their majority. Tick tock.", mode: 'personal', severity: 'medium' },
      // "the liberals" names the party in lower case, as « les libéraux » does; a vote refused with « pas ».
      { text: 'honestly the liberals have gutted this program, shame on them', mode: 'personal', severity: 'medium' },
      { text: 'Votez pas libéral le 2 juin, on a assez donné.', mode: 'personal', severity: 'medium' },
      { text: 'Les conservateurs de Ford méritent une raclée aux prochaines élections.', mode: 'personal', severity: 'medium' },
      { text: 'The Liberals deserve to lose every seat they hold.', mode: 'professional', severity: 'high' },
      // Colloquial party names, parties only where the sentence speaks of power, votes or government.
      { text: 'Vivement que les bleus perdent les prochaines élections.', mode: 'personal' },
      { text: 'Les rouges ont menti pendant toute la campagne électorale.', mode: 'personal' },
      { text: "Les bleus au pouvoir, c'est la catastrophe.", mode: 'personal' },
      { text: 'La gang à Ford, dehors aux prochaines élections!', mode: 'personal' },
      { text: "Il faut sortir les conservateurs de Queen's Park.", mode: 'personal' },
      // The wish to see a party in power.
      { text: "J'ai hâte que les libéraux reprennent le pouvoir.", span: 'libéraux reprennent le pouvoir' },
      { text: "Can't wait for the Greens to form government in June!", mode: 'professional', severity: 'high' },
      // Campaign work and money, a leader praised in a relative clause, « on les sort ».
      { text: 'Spent Saturday canvassing for the Green candidate in Guelph, great crowd!', span: 'canvassing for the Green candidate' },
      { text: 'Finally a leader who listens: proud of the Ontario NDP tonight.', mode: 'professional', severity: 'high' },
      { text: 'Fière d’avoir contribué à la campagne du NPD dans Timmins!', mode: 'personal' },
      { text: "Les conservateurs à Queen's Park, ça va faire! En juin on les sort.", span: 'on les sort' },
      { text: 'Proud to be campaign treasurer for Dev Patel, NDP candidate in Oshawa. Donate below!', span: 'campaign treasurer for Dev Patel, NDP candidate' },
      { text: 'The NDP are the only ones who actually care about nurses.', span: 'NDP are the only ones who', severity: 'medium' },
      { text: 'The PCs have ruined our health care system.', span: 'PCs have ruined' },
      { text: 'So proud to support Jane Smith for council this fall!', span: 'proud to support Jane Smith for council' },
      { text: 'Go Greens! Great debate performance tonight.', span: 'Go Greens', mode: 'professional', severity: 'high' },
      { text: 'In my branch we all know the Liberal platform on transit is unrealistic.', severity: 'high' },
      { text: 'Les libéraux sont des incompétents, point final.', span: 'libéraux sont des incompétents' },
      { text: 'Je suis fière d’appuyer le NPD dans ma circonscription.', span: 'fière d’appuyer le NPD' },
      { text: 'Vive le Bloc québécois!', span: 'Vive le Bloc québécois', mode: 'official', severity: 'high' },
      // Parties named by their role, and parties or candidates praised by what they do for people.
      { text: "The opposition's platform on transit is pure fantasy.", span: "The opposition's platform on transit is pure fantasy" },
      { text: 'Finally a party that listens to small farmers!', span: 'a party that listens', mode: 'professional' },
      { text: 'At the PC nomination meeting tonight, backing a candidate who actually understands the north.', span: 'a candidate who actually understands' },
      { text: "L'opposition officielle raconte n'importe quoi sur ce dossier.", span: "L'opposition officielle raconte n'importe quoi" },
      { text: 'Enfin un parti qui écoute les agriculteurs!', span: 'un parti qui écoute', mode: 'professional' },
      { text: 'Au congrès du NPD, j’appuie une candidate qui comprend vraiment le Nord.', span: 'une candidate qui comprend' },
      // Threats said of the future.
      { text: 'The PCs will destroy public health care if we let them.', span: 'PCs will destroy' },
      { text: 'Les conservateurs vont détruire nos services publics.', span: 'conservateurs vont détruire' },
      // Wishes for a candidate.
      { text: 'Good luck to my friend Julie who is running for mayor of Sudbury!', span: 'Good luck to my friend Julie who is running for mayor' },
      { text: 'Bonne chance à mon amie Julie qui se présente à la mairie de Sudbury!', span: 'Bonne chance à mon amie Julie qui se présente à la mairie' },
      // A party's plan judged by whom it would hurt, or as the only serious offer, in either language.
      { text: 'The Conservative plan to close rural courthouses would hurt northern families.', span: 'Conservative plan to close rural courthouses would hurt', mode: 'personal' },
      { text: "The NDP's transit plan is the only one on the table that funds operations.", mode: 'professional', severity: 'high' },
      { text: 'Le plan libéral frapperait surtout les familles du Nord.', span: 'plan libéral frapperait', mode: 'personal' },
      { text: 'Les promesses conservatrices nuiraient aux petites écoles rurales.', mode: 'personal' },
    ],
    valid: [
      // Agreeing with someone who is no party.
      "Couldn't agree more with my physio: stretch before you shovel.",
      // The same words about a colleague, with no candidacy.
      "Ana would make a great team lead, she's the real deal.",
      "Ma collègue Ana ferait une excellente gestionnaire, c'est la meilleure!",
      "Ana ran for council in 2018; now she runs the best bakery in town, she's amazing.",
      'Je suis très conservateur avec mes placements, pas de crypto pour moi.',
      // Computers and salad greens keep needing their capital.
      'the pcs at the office have gutted my patience, shame on IT',
      'honestly the greens at the golf course have gutted my score',
      'Je vote pas souvent pour des desserts, mais ce gâteau vert est parfait.',
      'Le vote libéral s’est effondré à Toronto, selon les analystes.',
      "Fière conservatrice au musée d'art depuis 10 ans, venez voir la nouvelle expo!",
      "Can't wait to see the Leafs lose their lead again, said no one.",
      'The Leafs deserve to lose after that effort.',
      'Mes enfants méritent une raclée au Monopoly ce soir, ils trichent!',
      // The same colours and names as teams, fruit, tomatoes and a garage crew.
      'Les bleus ont gagné 3 à 1 contre la Suède hier.',
      'Les rouges sont trop mûrs, je vais faire de la sauce tomate.',
      "J'ai acheté des oranges et des bleuets au marché.",
      'Les Canadiens en rouge ce soir, allez les rouges!',
      "La gang à Ford au garage m'a réparé mon auto.",
      'Il faut sortir les poubelles avant sept heures.',
      { text: 'Go Blues! What a game by the reds tonight.', mode: 'personal' },
      "J'ai hâte que mon équipe prenne le pouvoir au tournoi de hockey.",
      'Canvassing for the Heart and Stroke Foundation this weekend, donate!',
      'What a speech by my daughter at her graduation!',
      'Thanks to the OPS Pride network for a great event.',
      'Merci aux députés conservateurs et néo-démocrates de leur visite au laboratoire.',
      'Ça va faire, la pluie! On veut du soleil.',
      "J'ai donné à la campagne de financement de l'école de ma fille.",
      'The Ontario Liberal Party holds its leadership convention in June.',
      'The NDP says the budget is a disaster for renters.',
      'That is a conservative estimate of the costs involved.',
      'She has a liberal arts degree and a great sense of humour.',
      'Our PCs in the lab are useless after the last update.',
      'The green roof on the new building is a disaster after the storm.',
      'Le NPD a tenu un congrès à Hamilton la fin de semaine dernière.',
      'Il est parti tôt; la fête était un désastre à cause de la pluie.',
      'The NDP MPP toured the terrible flooding in Ottawa with local officials.',
      'Mayor Chow is doing a terrible job with the bike lanes on Bloor.',
      // A party that is a party, a candidate for a job, a leader at work, the other team.
      'The birthday party that lasted all night was a disaster for my sleep.',
      "We're hiring! Looking for a candidate who understands Excel and loves data.",
      'A leader who listens is rare in any workplace.',
      'The opposition scored twice in the third period, terrible defending.',
      'Une fête qui comprend des jeux pour les enfants, quelle bonne idée!',
      'Nous cherchons une candidate qui comprend les données ouvertes pour notre équipe.',
      // A party's wish or a report, not the author's threat.
      'The Liberals want to destroy the backlog, they say.',
      'Les libéraux ont parlé de démanteler le vieux pont en 2027 lors de la séance.',
      // Wishes with no election in sight.
      'Good luck to everyone running the marathon this weekend!',
      "Good luck to the candidates in tonight's job fair interviews.",
      'Bonne chance à mon fils pour son examen de conduite!',
      'My liberal plan for the weekend would hurt my diet, but the brunch is booked.',
      'Conservative plan for retirement: save early, it would hurt less later.',
      'Un plan conservateur pour la retraite, ça ferait du bien à tout le monde.',
      "Les libéraux ont déposé leur plan aujourd'hui; le débat est jeudi.",
      // The praise has its own subject: the debate's moderator or organizers.
      'The BC Greens, the NDP and the Conservatives held a debate last night and the moderator did a great job keeping time.',
      'Les conservateurs et le NPD ont débattu hier soir, et les bénévoles ont fait un travail incroyable.',
    ],
  },
});
