// Réponses hostiles ou méprisantes à des membres du public. Un compte officiel suit une norme de
// service à la clientèle; un fonctionnaire qui rabroue un citoyen en ligne nuit à la confiance.

/** Tournures qui rabaissent ou rejettent la personne à qui l'on répond, où qu'elles soient. */
export const DISMISSIVE_REPLIES_FR = [
  // Renvoyer une femme à la cuisine : une rebuffade sexiste, toujours (« retourne à tes chaudrons »).
  'retourne à tes chaudrons', 'retournez à vos chaudrons', 'retourne à ta cuisine', 'retournez à votre cuisine',
  'retourne dans ta cuisine', 'retourne faire la vaisselle',
  'vous n\'avez rien compris', 'vous avez rien compris', 't\'as rien compris', 'tu n\'as rien compris', 'tu as rien compris',
  'as-tu seulement lu', 'avez-vous seulement lu', 'avez-vous même lu', 'as-tu même lu', 'sais-tu lire', 'savez-vous lire',
  'relisez avant de commenter', 'relis avant de commenter', 'lisez avant de commenter', 'lis avant de commenter',
  'arrêtez de chialer', 'arrête de chialer', 'arrêtez de vous plaindre', 'arrête de te plaindre', 'arrêtez de pleurnicher',
  'arrête de pleurnicher', 'va pleurer', 'allez pleurer', 'trouve-toi une vie', 'trouvez-vous une vie', 'personne t\'a demandé',
  'personne ne t\'a demandé', 'personne ne vous a demandé', 'personne vous a demandé', 'on s\'en fout', 'on s\'en fiche',
  'on s\'en balance', 'on s\'en câlisse', 'pas mon problème', 'c\'est pas mon problème', 'ce n\'est pas notre problème',
  'c\'est ton problème', 'c\'est votre problème', 'grandis un peu', 'grandissez un peu', 'tais-toi', 'taisez-vous', 'ferme-la',
  'fermez-la', 'ok boomer', 'ok boumeur', 'vous ne savez pas de quoi vous parlez',
  'tu sais pas de quoi tu parles', 'tu ne sais pas de quoi tu parles', 'vous savez pas de quoi vous parlez',
  'cherche sur google', 'cherchez sur google', 'votre ignorance', 'ton ignorance', 'quelle question stupide',
  'quelle question niaiseuse', 'es-tu stupide', 'êtes-vous stupide', 'bouhouhou', 'si t\'es pas content, déménage',
  'si vous n\'êtes pas content, déménagez', 'si ça fait pas ton affaire, déménage',
  'personne ne vous oblige', 'personne t\'oblige', 'c\'est votre faute', 'c\'est ta faute',
  'renseignez-vous avant de publier', 'renseignez-vous avant de commenter', 'renseigne-toi avant de publier',
  'informez-vous avant de publier', 'informez-vous avant de commenter', 'faites vos recherches avant de publier',
  'faites vos recherches avant de commenter', 'vous dites n\'importe quoi', 'tu dis n\'importe quoi', 'vous racontez n\'importe quoi', 'tu racontes n\'importe quoi',
  'renseignez-vous donc',
  "c'est une question ridicule",
  'quelle question ridicule', 'commentaire ridicule', "c'est une question stupide", 'commentaire stupide',
  "c'est une question niaiseuse", 'commentaire niaiseux',
  'devriez savoir qu\'il ne faut pas', 'devrais savoir qu\'il ne faut pas', 'devriez savoir mieux', 'de telles bêtises',
  'des bêtises pareilles', 'des niaiseries pareilles', 'de telles niaiseries', 'avant de chialer', 'avant de vous plaindre',
  'avant de te plaindre', 'avez-vous pris la peine', 'as-tu pris la peine', 't\'as-tu pris la peine', 'honte à vous',
  'honte à toi', 'vous devriez avoir honte', 'tu devrais avoir honte', 'un peu de jugeote', 'un peu de bon sens',
  'apprenez les bonnes manières', 'apprends les bonnes manières', 't\'as-tu lu', 'avez-vous lu avant', 'arrêtez de colporter',
  'arrête de colporter', 'arrêtez de répandre', 'arrête de répandre', 'répandre des faussetés', 'colporter des rumeurs',
  'vous nous faites perdre notre temps', 'tu nous fais perdre notre temps', 'arrêtez de nous faire perdre',
  'ce n\'est pas compliqué pourtant', 'c\'est pas compliqué pourtant',
  'c\'est écrit en toutes lettres', 'vous êtes assez vieux pour', 'tu es assez vieux pour', 't\'es assez vieux pour',
  'certaines personnes n\'apprennent jamais', 'y en a qui apprennent jamais', 'ce n\'est pas notre faute si vous',
  'c\'est pas notre faute si vous', 'personne t\'a demandé ton avis', 'personne vous a demandé votre avis',
  'personne ne vous a demandé votre avis', 'si vous aviez lu', 'si tu avais lu', 'si vous aviez pris la peine',
  'question aussi stupide', 'question aussi niaiseuse', 'question aussi ridicule', 'vous ne comprenez visiblement pas',
  'visiblement vous ne comprenez pas', 'vous ne comprenez rien', 'tu comprends rien',
  'on va pas s\'obstiner avec',
  'pas la peine de discuter avec', 'commentaire ignorant', 'aucune idée de quoi vous parlez',
  'aucune idée de quoi tu parles', 'aucune idée de ce que vous dites', 'retourne dans ton sous-sol',
  'retournez dans votre sous-sol', 'laisse parler les experts', 'laissez parler les experts',
  // Dire aux gens qu'ils ne savent pas lire ou réfléchir.
  'apprends à lire avant', 'apprenez à lire avant', 'apprendre à lire avant', 'tu sais pas lire',
  'vous savez pas lire', 'tu ne sais pas lire', 'vous ne savez pas lire', "réfléchis avant d'écrire",
  "réfléchissez avant d'écrire", 'réfléchis avant de publier', 'réfléchissez avant de publier',
  'sers-toi de ta tête', 'servez-vous de votre tête', 'vous comprenez rien', "t'as rien compris encore",
  // Demander à la personne si elle sait lire ou écouter, en québécois aussi.
  'es-tu capable de lire', "t'es-tu capable de lire", 'êtes-vous capable de lire', 'es-tu capable de comprendre',
  "t'es-tu capable de comprendre", 'êtes-vous capable de comprendre', 'sais-tu écouter',
  'faites attention la prochaine fois', 'portez attention la prochaine fois',
  'achète-toi une cervelle', 'achète-toi un cerveau', 'trouve-toi un cerveau', 'sers-toi de ta cervelle',
  // Dire au public qu'il dérange (« arrêtez de nous écoeurer », « lâchez-nous avec ça »).
  'arrêtez de nous écoeurer', 'arrête de nous écoeurer', 'arrêtez de m\'écoeurer', 'arrêtez de nous écœurer',
  'arrête de nous écœurer', 'arrêtez de m\'écœurer', 'arrêtez de nous achaler', 'arrêtez de m\'achaler',
  'arrêtez de nous harceler', 'lâchez-nous avec', 'vous êtes jamais contents', 'vous êtes jamais content',
  'on a autre chose à faire que de vous', 'on a d\'autres choses à faire que de vous', 'vous nous écoeurez', 'vous nous écœurez',
  // L'envoyer ailleurs (« allez donc vous plaindre ailleurs », « va chialer ailleurs »).
  'allez vous plaindre ailleurs', 'va te plaindre ailleurs', 'allez donc vous plaindre', 'va donc te plaindre',
  'allez chialer ailleurs', 'va chialer ailleurs', 'allez donc chialer', 'va donc chialer', 'allez brailler ailleurs',
  'va brailler ailleurs', 'allez donc vivre ailleurs', 'va donc vivre ailleurs',
  'allez donc vivre à', 'va donc vivre à', 'allez donc vivre au', 'va donc vivre au', 'allez donc vivre en', 'va donc vivre en', 'allez vivre ailleurs', 'va vivre ailleurs',
  // Lui dire de se taire ou qu'il ne sait rien, en québécois aussi.
  'ferme ta boîte', 'fermes ta boîte', 'fermez votre boîte', 'ferme-toi donc', 'fermez-vous donc', 't\'en sais rien',
  'as-tu fini de brailler', 'as-tu fini de chialer', 't\'as-tu fini de brailler', 't\'as-tu fini de chialer',
  'avez-vous fini de chialer', 'avez-vous fini de vous plaindre', 'avez-vous fini de brailler', 'personne veut lire tes',
  'personne veut lire vos', 'personne veut entendre tes', 'personne veut entendre vos', 'personne ne veut lire tes',
  'personne ne veut lire vos', 'vous en savez rien',
  // La condescendance polie d'un compte officiel (« la FAQ, que vous n'avez manifestement pas lue »).
  'vous n\'avez manifestement pas', 'vous avez manifestement pas', 'vous n\'avez visiblement pas', 'vous avez visiblement pas',
  'vous n\'avez de toute évidence pas', 't\'as manifestement pas', 't\'as visiblement pas', 'tu n\'as visiblement pas',
  'tu n\'as manifestement pas', 'vous n\'avez pas pris la peine de', 'vous avez pas pris la peine de',
  't\'as pas pris la peine de', 'tu n\'as pas pris la peine de', 'tu as pas pris la peine de', 'il vous suffisait de lire',
  'il te suffisait de lire', 'encore faut-il savoir lire', 'ce n\'est pourtant pas sorcier', 'c\'est pourtant pas sorcier',
  'c\'est pas sorcier pourtant', 'peut pas lire à votre place',
  'peux pas lire à votre place', 'pouvons pas lire à votre place', 'peut pas lire à ta place', 'peut pas comprendre à votre place',
  'expliqué à maintes reprises', 'expliqué mille fois', 'on vous l\'a dit cent fois', 'on vous l\'a répété',
  'votre commentaire inutile', 'ton commentaire inutile', 'vos commentaires inutiles', 'tes commentaires inutiles',
  'ma petite madame', 'mon petit monsieur', 'ma p\'tite madame', 'mon p\'tit monsieur', 'tu connais rien à', 'vous connaissez rien à', 'retourne à l\'école avant',
  'retournez à l\'école avant',
  // Le pendant de "spare me" : « Épargnez-moi. » après un reproche au public (pas « épargnez-moi les détails »).
  'épargnez-moi', 'épargne-moi',
  't\'es bouché ou quoi', 't\'es bouchée ou quoi', 'êtes-vous bouché', 'êtes-vous bouchée', 'es-tu bouché', 'es-tu bouchée',
];

/** Tournures méprisantes seulement quand elles forment à elles seules la réponse (« Dégage! »). */
export const STANDALONE_REPLIES_FR = [
  'dégage', 'dégagez', 'va-t\'en', 'allez-vous-en', 'apprends à lire', 'apprenez à lire', 'revenez-en', 'reviens-en',
  'pleure', 'pleurez', 'bye bye', 'tant pis pour toi', 'tant pis pour vous', 'ratio', 'personne demande',
  'ben voyons donc', 'voyons donc', 'faites un effort', 'fais un effort', 'bonne chance avec ça', 'c\'est ça oui', 'pauvre chou', 'pauvre petit',
  // Envoyer la personne se trouver une vie ailleurs.
  'trouvez-vous un passe-temps', 'trouve-toi un passe-temps', 'trouvez-vous une vie', 'trouve-toi une vie', 'allez jouer dehors',
  'va jouer dehors', 'fermez votre ordi', 'allez prendre l\'air', 'va prendre l\'air',
  // Envoyer la personne travailler, pour rabaisser quelqu'un qui reçoit de l'aide.
  'trouve-toi une job', 'trouvez-vous une job', 'trouve-toi un emploi', 'trouvez-vous un emploi', 'va travailler',
  'allez travailler', 'va te chercher une job',
  // Renvoyer la personne à l'école (« Retourne à l'école. »), pas « je retourne à l'école ».
  'retourne à l\'école', 'retournez à l\'école', 'crisse ton camp', 'crissez votre camp', 'sacre ton camp',
  'sacrez votre camp', 'décrisse', 'décrissez', 'décâlisse', 'décâlissez', 'fiche le camp', 'fichez le camp',
];

/** Tournures anodines dans ces expressions figées. */
export const DISMISSIVE_SAFE_CONTEXT_FR = [
  'on s\'en fout pas', 'pas mon problème de', 'c\'est votre problème de santé', 'pas de question stupide',
  // Le haussement d'épaules sur son propre mandat : « pas mon département, pas mon problème ».
  'pas mon département, pas mon problème', 'pas mon ministère, pas mon problème', 'pas mon cirque, pas mes singes',
  'aucune question n\'est stupide', 'pas de question niaiseuse', 'aucune question n\'est niaiseuse', 'pas de question ridicule',
  // Une boîte qu'on ferme.
  'ferme ta boîte à', 'ferme ta boîte aux', 'fermez votre boîte à', 'fermez votre boîte aux', 'fermes ta boîte à',
  'épargnez-moi les détails', 'épargne-moi les détails', 'épargnez-moi la peine', 'épargne-moi la peine',
];
