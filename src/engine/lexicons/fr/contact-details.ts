// Contexte des coordonnées (téléphone, courriel, adresse, code postal) : c'est à qui elles
// appartiennent qui fait le risque. Celles d'une personne sont des renseignements personnels
// (LAIPVP, art. 2(1)d)); celles d'un bureau ou d'une entreprise ne le sont pas.

export const PHONE_KEYWORDS_FR = [
  'telephone', 'tel', 'tel.', 'cellulaire', 'cell', 'portable', 'mobile', 'appel', 'appelez', 'appeler', 'appelle', 'composez',
  'texto', 'textez', 'joindre', 'numero de telephone', 'no de telephone', 'telecopieur', 'messagerie vocale', 'whatsapp',
];

export const PRIVATE_LINE_FR = [
  'cellulaire', 'cell', 'son cell', 'son cellulaire', 'portable', 'son portable', 'numero personnel', 'telephone personnel',
  'a la maison', 'numero de maison', 'telephone a domicile', 'domicile', 'son numero', 'son nouveau numero', 'son telephone',
  'leur numero', 'votre numero', 'votre cellulaire', 'votre cell', 'ton numero', 'ton cell',
  'la joindre au', 'le joindre au', 'les joindre au', 'appelez-la au', 'appelez-le au', 'textez-la', 'textez-le',
  'whatsapp',
];

export const PRIVATE_MAIL_FR = [
  'courriel personnel', 'adresse personnelle', 'adresse courriel personnelle', 'son courriel', 'son adresse courriel',
  'leur courriel', 'courriel perso', 'votre courriel', 'ton courriel',
];

export const SELF_CONTACT_FR = [
  'appelez-moi', 'appelle-moi', 'texte-moi', 'textez-moi', 'ecrivez-moi', 'ecris-moi', 'joignez-moi', 'rejoignez-moi',
  'contactez-moi', 'contacte-moi', 'mon numero', 'mon cell', 'mon cellulaire', 'mon telephone', 'mon portable', 'mon courriel',
  'mon adresse courriel', 'mon adresse', 'mon adresse personnelle', 'mon num', 'mon nouveau num', 'nouveau num', 'mon nouveau numero',
  'nouveau numero',
];

export const ORG_CONTACT_FR = [
  'notre bureau', 'nos bureaux', 'bureau', 'bureaux', 'ligne principale', 'reception', 'accueil', 'standard', "ligne d'information",
  "ligne d'aide", 'ligne sans frais', 'sans frais', 'renseignements', 'demandes de renseignements', 'demandes des medias',
  'relations avec les medias', 'medias', 'porte-parole', 'communiquez avec nous', 'appelez-nous', 'joignez-nous',
  'ecrivez-nous', 'contactez-nous', 'service a la clientele', 'serviceontario', 'service ontario', 'ministere', 'gouvernement',
  'direction', 'programme', 'hotel de ville', 'mairie', 'clinique', 'hopital', 'ecole', 'bibliotheque', 'magasin', 'boutique',
  'restaurant', 'entreprise', 'centre', 'organisme', 'inscription', 'prendre rendez-vous', 'heures', 'du lundi au vendredi',
  'ats', 'telecopieur', "pour plus d'information", "pour plus d'informations", 'pour en savoir plus', 'plus de renseignements',
  'questions', 'bureau de circonscription', 'siege social', 'agence', 'organisation',
];

export const RESIDENCE_FR = [
  'habite au', 'habite a', 'habite le', 'habite sur', 'habitent au', 'habitent a', 'demeure au', 'demeure a', 'demeurent au',
  'reside au', 'reside a', 'resident au', 'vit au', 'vivent au', 'sa maison', 'son domicile', 'son adresse', 'leur adresse',
  'leur maison', 'adresse personnelle', 'adresse domiciliaire', 'adresse a domicile', 'adresse du domicile', 'chez lui',
  'chez elle', 'chez eux', 'son appartement', 'son logement', "l'adresse du client", "l'adresse de la cliente",
  "l'adresse du patient", 'votre adresse', 'votre domicile', 'votre maison', 'ton adresse', 'votre demande pour le', 'votre demande pour', 'votre nouvelle adresse', 'votre dossier pour',
];

/** Une personne située à une adresse (« la dame du 42, rue Maple ») : l'adresse est la sienne. */
export const PERSON_AT_FR = [
  'dame du', 'dame au', 'monsieur du', 'monsieur au', 'gars du', 'gars au', 'femme du', 'homme du', 'famille du', 'famille au',
  'couple du', 'personne au', 'personne du', 'madame du', 'le monsieur qui reste au', 'la dame qui reste au', 'qui reste au',
  'qui demeure au', 'qui habite au', 'ceux du', 'celle du', 'celui du',
  // Pluriels et les gens d'une intervenante (« une de mes familles du 214, rue Algoma »).
  'une de mes familles du', 'une de nos familles du', 'locataires du', 'locataire du', 'client du', 'cliente du',
];

export const ADDRESS_PEOPLE_FR = [
  'client', 'cliente', 'patient', 'patiente', 'locataire', 'demandeur', 'demandeuse', 'requerant', 'requerante', 'beneficiaire',
  'resident', 'residente', 'voisin', 'voisine', 'aine', 'ainee', 'victime', 'usager', 'usagere', 'proprietaire',
];

export const RESIDENCE_VERBS_FR = ['habite', 'habitent', 'demeure', 'demeurent', 'reside', 'resident', 'vit', 'vivent'];

export const SELF_RESIDENCE_FR = [
  "j'habite", 'je demeure', 'je reside', 'je vis', 'nous habitons', 'nous demeurons', 'nous vivons', 'on habite',
  'on demeure',
  "j'habite au", "j'habite a", "j'habite sur", 'nous habitons au', 'nous habitons a', 'on habite au', 'mon adresse', 'ma maison',
  'chez moi', 'chez nous', 'notre maison', 'mon appartement', 'mon logement', 'je demeure au', 'je reside au', 'je vis au',
  "j'ai demenage au", 'nous avons demenage au',
];

export const PUBLIC_PLACE_FR = [
  'notre bureau', 'nos bureaux', 'bureau', 'bureaux', 'situe au', 'situee au', 'situes au', 'situe a', 'se trouve au',
  'venez nous voir', 'rendez-vous au', 'passez nous voir', 'evenement', 'seance', "seance d'information", 'portes ouvertes',
  'journee portes ouvertes', 'salle', 'serviceontario', 'service ontario', 'ministere', 'siege social', 'hotel de ville',
  'mairie', 'centre communautaire', 'bibliotheque', 'palais de justice', 'hopital', 'ecole', 'clinique', 'magasin', 'boutique',
  'restaurant', 'cafe', 'eglise', 'musee', 'arena', 'parc', 'theatre', 'galerie', 'hotel', 'conference', 'atelier', 'reunion',
  'consultation', 'bureau de vote', 'edifice', 'immeuble', 'centre commercial', "queen's park", 'assemblee legislative',
  'campus', 'festival', 'foire', 'ceremonie', 'celebration', 'spectacle', 'concert', 'billets',
  'ouverture', 'inauguration', 'succursale',
  'entreprise', 'centre',
  // Organismes où l'on envoie le public : « la banque alimentaire au 120, rue Main ».
  'banque alimentaire', 'refuge', 'soupe populaire', 'comptoir alimentaire', 'friperie',
];
