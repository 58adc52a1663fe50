// Une image ou une vidéo doit avoir un équivalent textuel : texte de remplacement pour l'image,
// sous-titres pour la vidéo (LAPHO / WCAG 2.0).

export const MEDIA_IMAGE_FR = [
  'photo', 'photos', 'image', 'images', 'infographie', 'infographies', 'graphique', 'graphiques', 'carte', 'cartes',
  "capture d'ecran", "captures d'ecran", 'affiche', 'illustration', 'diagramme', 'galerie', 'carrousel', 'diaporama',
  'cliche', 'cliches', 'egoportrait', 'selfie', 'gif', 'meme', 'album photo',
];
export const MEDIA_VIDEO_FR = ['video', 'videos', 'capsule', 'capsules', 'extrait', 'extraits', 'reel', 'reels', 'webdiffusion', 'diffusion en direct', 'animation'];

export const MEDIA_POINTERS_FR = [
  'voir la', 'voir les', 'voir notre', 'voir nos', 'voyez la', 'voyez les', 'voyez notre', 'regardez la',
  'regardez les', 'regardez notre', 'regardez nos', 'regardez cette', 'visionnez la', 'visionnez notre',
  'visionnez nos', 'decouvrez la', 'decouvrez notre', 'decouvrez nos', 'consultez la', 'consultez notre',
  "consultez l'", "voir l'", "regardez l'", "sur la", 'sur les', 'sur cette', 'dans la', 'dans cette', 'dans notre',
  'en', 'cette', 'ces', 'notre', 'nos', 'notre nouvelle', 'notre nouveau', 'voici la', 'voici notre', 'voici nos',
  'voici les', "voici l'", 'nouvelle', 'nouveau', "l'",
];

export const MEDIA_AFTER_FR = ['ci-dessous', 'ci-dessus', 'ci-jointe', 'ci-joint', 'du jour', 'credit', 'par'];

export const MEDIA_MARKERS_FR = ['en images', 'en photos', 'en photo', 'en video', '(photo)', '[photo]', '(video)', '[video]', 'sur la photo', 'photographie'];

export const NOT_MEDIA_FR = [
  'carte de', 'carte-cadeau', 'carte sante', 'carte bancaire', 'carte de credit', 'carte photo', 'piece d\'identite avec photo',
  'photo-radar', 'radar photo', 'concours de photo', 'concours photo', 'appel video', 'appels video', 'jeu video',
  'jeux video', 'visioconference', 'image de marque', 'notre image', 'carte electorale', 'en carte',
  // Une affiche sur place, au comptoir ou à la porte, pas une image jointe : « Cherchez l'affiche « Français » au comptoir ».
  "cherchez l'affiche", "reperez l'affiche", "surveillez l'affiche", 'affiche au comptoir', "affiche a l'entree", 'affiche sur la porte',
];

export const ALT_TEXT_CUES_FR = [
  'texte de remplacement', 'texte alternatif', "description de l'image", 'description de la photo', 'description :',
  'description:', 'image decrite', 'video decrite', 'audiodescription', 'sous-titres', 'sous-titre', 'sous-titree',
  'sous-titrees', 'sous-titrage', 'transcription', 'version texte', 'version accessible', 'ssme',
];

/**
 * Mentions d'un équivalent textuel absent ou seulement promis (« [vidéo, sans sous-titres] »,
 * « sous-titres à venir ») : elles nomment l'équivalent sans le donner.
 */
export const MISSING_ALT_TEXT_FR = [
  'sans texte de remplacement', 'sans texte alternatif', 'pas de texte de remplacement', 'aucun texte de remplacement',
  'texte de remplacement a venir', "sans description de l'image", 'sans sous-titres', 'sans sous-titre',
  'sans sous-titrage', 'pas de sous-titres', 'aucun sous-titre', 'non sous-titree', 'non sous-titre', 'pas sous-titree',
  'sous-titres a venir', 'sous-titres a suivre', 'sous-titres suivront', 'sous-titres bientot', 'sous-titrage a venir',
  'sans transcription', 'transcription a venir',
];
