// Un texte de lien qui ne dit rien hors contexte : l'utilisateur d'un lecteur d'écran entend
// « cliquez ici » sans savoir où il mène (WCAG 2.0, fonction du lien).
export const VAGUE_LINK_TEXT_FR = ['cliquez ici', 'cliquer ici', 'clique ici', 'cliquez sur ce lien', 'cliquez sur le lien', 'appuyez ici', 'touchez ici', 'lien ici'];
