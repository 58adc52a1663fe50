// L'employeur de l'auteur, en français : son ministère, la FPO, la direction.

export const EMPLOYER_TARGETS_FR = [
  'mon ministère', 'notre ministère', 'mon employeur', 'notre employeur', "l'employeur", 'mon milieu de travail', 'la FPO',
  "la fonction publique de l'Ontario", 'la fonction publique', 'la haute direction', 'notre haute direction', 'la direction',
  'notre direction', 'ma direction', 'les gestionnaires', 'nos gestionnaires', 'mes gestionnaires', 'les cadres',
  'nos cadres', 'les ressources humaines', 'les RH', 'nos RH', 'mon sous-ministre', 'ma sous-ministre',
  'notre sous-ministre', 'mon SMA', 'ma SMA', 'notre SMA', 'ma division', 'notre division', 'mon unité', 'la gestion',
  // Le ministre de son propre ministère : « ma ministre », et tout ce que « propre » rend sien.
  'ma ministre', 'mon ministre', 'ma propre ministre', 'mon propre ministre', 'mon propre ministère',
  'notre propre ministère', 'ma propre direction', 'mon propre employeur',
];

/** Mots qui, juste après « la direction » ou « la gestion », en font autre chose (« la gestion des déchets »). */
export const EMPLOYER_FOLLOWER_TRAPS_FR = ['de', 'des', 'du', "d'", 'générale de', 'à prendre', 'opposée'];

export const EMPLOYER_EVALUATION_FR = [
  'un bordel', 'le bordel', 'un fouillis', 'une farce', 'une vraie farce', 'un cirque', 'un zoo', 'une blague',
  'un désastre', 'une catastrophe', "n'importe quoi", 'incompétent', 'incompétente', 'incompétents', 'incompétentes',
  'toxique', 'inutile', 'inutiles', 'le chaos', 'chaotique', 'dysfonctionnel', 'dysfonctionnelle', 'se fiche de nous',
  'se fout de nous', 'se moque de nous', 'se fichent de nous', 'se foutent de nous', 'nous traite comme',
  'nous traitent comme', "n'a aucune idée", "n'ont aucune idée", 'déconnecté', 'déconnectée', 'déconnectés', 'ridicule',
  'est nul', 'est nulle', 'sont nuls', 'pathétique', 'le pire', 'la pire', 'une honte', 'honteux', 'honteuse',
  'démoralisant', 'démotivant', 'écœurant', 'écoeurant', 'un fiasco', 'méprisant', 'méprisante', 'du mépris',
  'un gâchis', 'une catastrophe', 'lamentable', 'je déteste mon travail', 'marre de', "j'en ai marre", 'ras-le-bol',
  'aucun bon sens', "n'a aucun sens", 'microgestion', 'farce', 'cirque', 'bordel', 'fouillis', 'blague',
];

export const UNION_CONTEXT_FR = [
  'syndicat', 'syndicale', 'négociation', 'négociations', 'convention collective', 'SEFPO', 'AEFO', 'AMAPCEO', 'grève',
  'piquet', 'piquets', 'grief', 'offre patronale', 'table de négociation',
];
