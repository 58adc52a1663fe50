// Guideline excerpts: plain-language summaries, in our own words, of the sources gathered in
// shared/reference/guidelines.md, each with its source URL and section. Nothing here quotes an
// OPS example table (those could not be consulted); the summaries restate the rules themselves.
import type { Guideline } from './types.js';

const G_HOME = 'https://www.ontario.ca/document/ontario-public-service-social-media-guidelines';
const G_PERS_FR =
  'https://ontario.ca/fr/document/lignes-directrices-relatives-aux-medias-sociaux-pour-la-fonction-publique-de-lontario/utilisation-personnelle-des-medias-sociaux';
const G_SPEC = 'https://www.ontario.ca/document/ontario-public-service-social-media-guidelines/specialist-and-executive-social-media-use';
const G_OFF = 'https://www.ontario.ca/document/ontario-public-service-social-media-guidelines/official-ministry-social-media-use';
const OATH = 'https://www.ontario.ca/laws/regulation/070373';
const COI_REG = 'https://www.ontario.ca/laws/regulation/070381';
const COI_OICO = 'https://oico.on.ca/public-sector-ethics-conflict-of-interest';
const PA_OICO = 'https://oico.on.ca/public-sector-ethics-political-activity';
const PA_GLANCE = 'http://www.coicommissioner.gov.on.ca/political-activity/rules-at-a-glance/';
const IPC_PI = 'https://docslib.org/doc/2518163/fact-sheet-what-is-personal-information-2';
const FIPPA = 'https://www.ontario.ca/laws/statute/90f31';

export const guidelines: readonly Guideline[] = [
  {
    id: 'ops-guiding-principles',
    source: 'ops-guidelines',
    title: { en: 'OPS social media guidelines: guiding principles', fr: 'Lignes directrices de la FPO : principes directeurs' },
    summary: {
      en: 'Whether posting personally or professionally, share only true and accurate information, honour your oath and the conflict-of-interest rules, and never reveal confidential matters learned at work or use your job to advance your own or a third party’s interests.',
      fr: 'Que vous publiiez à titre personnel ou professionnel, ne diffusez que de l’information exacte, respectez votre serment et les règles sur les conflits d’intérêts, et ne révélez jamais une question confidentielle apprise au travail ni ne vous servez de votre poste pour favoriser vos intérêts ou ceux d’un tiers.',
    },
    url: G_HOME,
    section: 'Guiding principles',
  },
  {
    id: 'ops-personal-use',
    source: 'ops-guidelines',
    title: { en: 'Personal accounts', fr: 'Comptes personnels' },
    summary: {
      en: 'You need no permission to post on a personal account, but keep off it any confidential, private or personal information that reached you through work, avoid visuals that suggest you speak for the Government of Ontario, and stay within your oath and the conflict and political-activity rules. When in doubt, don’t post.',
      fr: 'Aucune permission n’est requise pour publier sur un compte personnel, mais n’y mettez aucun renseignement confidentiel, privé ou personnel obtenu au travail, évitez tout visuel laissant croire que vous parlez au nom du gouvernement de l’Ontario et respectez votre serment ainsi que les règles sur les conflits d’intérêts et l’activité politique. Dans le doute, ne publiez pas.',
    },
    url: G_PERS_FR,
    section: 'Lignes directrices relatives à l’utilisation de comptes personnels',
  },
  {
    id: 'ops-specialist-executive',
    source: 'ops-guidelines',
    title: { en: 'Specialist and executive accounts', fr: 'Comptes de spécialistes et de cadres' },
    summary: {
      en: 'An expert’s or executive’s account is still a personal account, run by that person alone. It may say the person works for the OPS but must never present itself as an official Government of Ontario account, and it must avoid anything that harms, or seems to harm, the non-partisan integrity of the public service.',
      fr: 'Le compte d’un spécialiste ou d’un cadre demeure un compte personnel, géré par cette seule personne. Il peut indiquer que la personne travaille à la FPO, mais ne doit jamais se présenter comme un compte officiel du gouvernement de l’Ontario et doit éviter tout ce qui nuit, ou semble nuire, à l’intégrité non partisane de la fonction publique.',
    },
    url: G_SPEC,
    section: 'Defining characteristics; Guidelines',
  },
  {
    id: 'ops-official-account',
    source: 'official-duties',
    title: { en: 'Official ministry accounts', fr: 'Comptes officiels des ministères' },
    summary: {
      en: 'An official account represents the Government of Ontario. Plan and run it with your communications branch, follow the visual identity guidelines and service standards, protect privacy as FIPPA requires, and when unsure, leave the post unpublished.',
      fr: 'Un compte officiel représente le gouvernement de l’Ontario. Planifiez-le et gérez-le avec votre direction des communications, suivez les normes d’identité visuelle et de service, protégez la vie privée comme l’exige la LAIPVP et, en cas de doute, ne publiez pas.',
    },
    url: G_OFF,
    section: 'Guidelines for an official account',
  },
  {
    id: 'ops-official-french',
    source: 'official-duties',
    title: { en: 'Official accounts communicate in English and French', fr: 'Les comptes officiels communiquent en français et en anglais' },
    summary: {
      en: 'Under the French Language Services Act and the Communications in French Directive, every piece of official content must exist in both languages, of equal quality and at the same time: post bilingually, or publish the other-language version simultaneously.',
      fr: 'Selon la Loi sur les services en français et la Directive sur les communications en français, tout contenu officiel doit exister dans les deux langues, de qualité égale et au même moment : publiez en version bilingue ou diffusez l’autre version simultanément.',
    },
    url: 'https://businessdocbox.com/Government/94325932-Communications-in-french-directive.html',
    section: 'Official ministry use: French and accessibility; Communications in French Directive, Introduction',
  },
  {
    id: 'ops-official-accessibility',
    source: 'official-duties',
    title: { en: 'Accessible official posts (AODA)', fr: 'Publications officielles accessibles (LAPHO)' },
    summary: {
      en: 'Official content must be accessible to everyone: describe images with alt text, caption video, write hashtags in CamelCase so screen readers say each word, use emoji sparingly, spell out acronyms, and keep good contrast and font size in creative.',
      fr: 'Le contenu officiel doit être accessible à tous : décrivez les images par un texte de remplacement, sous-titrez les vidéos, écrivez les mots-clics en casse mixte pour que les lecteurs d’écran lisent chaque mot, utilisez peu d’émojis, expliquez les acronymes et soignez le contraste et la taille du texte.',
    },
    url: 'https://torontomu.ca/accessibility/guides-resources/social-media.html',
    section: 'Official ministry use: French and accessibility; IASR s. 14 (WCAG 2.0 AA)',
  },
  {
    id: 'ops-terms-of-use',
    source: 'official-duties',
    title: { en: 'Social Media Terms of Use', fr: 'Conditions d’utilisation des médias sociaux' },
    summary: {
      en: 'Official accounts link to the government’s Social Media Terms of Use (ontario.ca/social), which tell the public how the account is moderated and not to share personal information in replies.',
      fr: 'Les comptes officiels renvoient aux Conditions d’utilisation des médias sociaux du gouvernement (ontario.ca/fr/social), qui expliquent au public la modération du compte et lui demandent de ne pas partager de renseignements personnels.',
    },
    url: G_OFF,
    section: 'Guidelines for an official account',
  },
  {
    id: 'oath-secrecy',
    source: 'oath',
    title: { en: 'Oath of Office and Secrecy', fr: 'Serment professionnel et de discrétion' },
    summary: {
      en: 'Every public servant swears to keep to themselves what they learn through their work, any information or document, unless the law allows or requires its release. It covers everything not yet public, not only what is marked confidential.',
      fr: 'Chaque fonctionnaire s’engage à garder pour soi ce qu’il apprend dans son travail, tout renseignement ou document, sauf si la loi en permet ou en exige la divulgation. Cela vise tout ce qui n’est pas encore public, et pas seulement ce qui est marqué confidentiel.',
    },
    url: OATH,
    section: 'O. Reg. 373/07, s. 3(1), as amended by O. Reg. 385/17',
  },
  {
    id: 'coi-confidential-information',
    source: 'conflict-of-interest',
    title: { en: 'Do not disclose confidential information', fr: 'Ne pas divulguer de renseignements confidentiels' },
    summary: {
      en: 'Information that is not public and could harm the Crown or give someone an advantage must not be disclosed without authorization, nor used for personal benefit; the duty continues after you leave the public service.',
      fr: 'Un renseignement non public qui pourrait nuire à la Couronne ou avantager quelqu’un ne doit pas être divulgué sans autorisation ni utilisé à des fins personnelles; l’obligation demeure après le départ de la fonction publique.',
    },
    url: COI_REG,
    section: 'O. Reg. 381/07, ss. 1 and 5',
  },
  {
    id: 'fippa-cabinet-confidences',
    source: 'oath',
    title: { en: 'Cabinet confidences', fr: 'Documents confidentiels du Conseil des ministres' },
    summary: {
      en: 'Records that would reveal what Cabinet or its committees deliberated are protected even from access requests. Submissions, decisions and briefing material on their way to Cabinet are among the most sensitive information a public servant handles.',
      fr: 'Les documents qui révéleraient les délibérations du Conseil des ministres ou de ses comités sont protégés même contre les demandes d’accès. Les présentations, décisions et notes préparées pour le Conseil sont parmi les renseignements les plus sensibles qu’un fonctionnaire manipule.',
    },
    url: FIPPA,
    section: 'FIPPA s. 12',
  },
  {
    id: 'fippa-personal-information',
    source: 'fippa',
    title: { en: 'What counts as personal information', fr: 'Ce qu’est un renseignement personnel' },
    summary: {
      en: 'Personal information is recorded information about a person who can be identified, alone or with other details: their health, criminal, employment or financial history, family status, religion, ethnic origin, sexual orientation, age, and their name when it reveals such facts. A post about a client or colleague can identify them without naming them.',
      fr: 'Un renseignement personnel est un renseignement consigné sur une personne identifiable, seul ou avec d’autres détails : antécédents médicaux, criminels, professionnels ou financiers, situation familiale, religion, origine ethnique, orientation sexuelle, âge, et le nom lorsqu’il révèle ces faits. Une publication sur un client ou un collègue peut l’identifier sans le nommer.',
    },
    url: IPC_PI,
    section: 'FIPPA s. 2(1); IPC fact sheet “What is Personal Information?”',
  },
  {
    id: 'fippa-identifying-numbers',
    source: 'fippa',
    title: { en: 'Identifying numbers', fr: 'Numéros d’identification' },
    summary: {
      en: 'Any number or symbol assigned to a person (SIN, health card, driver’s licence, passport, case, claim or file number) is personal information. Posting one discloses it, even partly, and may enable fraud.',
      fr: 'Tout numéro ou symbole attribué à une personne (NAS, carte santé, permis de conduire, passeport, numéro de dossier ou de demande) est un renseignement personnel. Le publier, même en partie, le divulgue et peut faciliter la fraude.',
    },
    url: IPC_PI,
    section: 'FIPPA s. 2(1)(c)',
  },
  {
    id: 'fippa-contact-details',
    source: 'fippa',
    title: { en: 'Addresses, phone numbers and e-mails', fr: 'Adresses, numéros de téléphone et courriels' },
    summary: {
      en: 'A private person’s home address, phone number or personal e-mail is personal information. Public office addresses and published service lines are not.',
      fr: 'L’adresse domiciliaire, le numéro de téléphone ou le courriel personnel d’un particulier sont des renseignements personnels. Les adresses de bureaux publics et les lignes de service publiées ne le sont pas.',
    },
    url: IPC_PI,
    section: 'FIPPA s. 2(1)(d)',
  },
  {
    id: 'fippa-business-capacity',
    source: 'fippa',
    title: { en: 'Work contact details', fr: 'Coordonnées professionnelles' },
    summary: {
      en: 'A name, title and work contact details that identify someone in their professional role are generally not personal information, so a colleague’s work e-mail is low risk; their health or leave is not.',
      fr: 'Le nom, le titre et les coordonnées professionnelles qui identifient une personne dans son rôle de travail ne sont généralement pas des renseignements personnels : le courriel professionnel d’un collègue pose peu de risque, mais pas sa santé ni son congé.',
    },
    url: IPC_PI,
    section: 'FIPPA s. 2(3)–(4); IPC fact sheet, business-capacity exclusion',
  },
  {
    id: 'psoa-political-activity',
    source: 'psoa-political',
    title: { en: 'What political activity means', fr: 'Ce qu’est l’activité politique' },
    summary: {
      en: 'Political activity is supporting or opposing a federal or provincial party or a federal, provincial or municipal candidate, running as a candidate, or commenting publicly on a matter tied to your duties that a party or candidate has taken a position on. The rules apply at all times, not only during elections.',
      fr: 'L’activité politique consiste à appuyer un parti fédéral ou provincial ou un candidat fédéral, provincial ou municipal, ou à s’y opposer, à se porter candidat, ou à commenter publiquement une question liée à vos fonctions sur laquelle un parti ou un candidat a pris position. Les règles s’appliquent en tout temps, pas seulement en période électorale.',
    },
    url: PA_OICO,
    section: 'PSOA, 2006, s. 72',
  },
  {
    id: 'psoa-all-public-servants',
    source: 'psoa-political',
    title: { en: 'Rules for every public servant', fr: 'Règles pour tous les fonctionnaires' },
    summary: {
      en: 'No public servant may engage in political activity at work, with government equipment or in uniform, or associate their position in the public service with political activity.',
      fr: 'Aucun fonctionnaire ne peut exercer d’activité politique au travail, avec du matériel du gouvernement ou en uniforme, ni associer son poste dans la fonction publique à une activité politique.',
    },
    url: PA_GLANCE,
    section: 'Rules at a glance: all public servants',
  },
  {
    id: 'psoa-specially-restricted',
    source: 'psoa-political',
    title: { en: 'Specially restricted public servants', fr: 'Fonctionnaires faisant l’objet de restrictions particulières' },
    summary: {
      en: 'Deputy and assistant deputy ministers, directors, Crown attorneys and some others may do little more than vote, attend all-candidates meetings and, for most of them, belong to and donate to a party. Any partisan post from such an account is a serious risk.',
      fr: 'Les sous-ministres, sous-ministres adjoints, directeurs, procureurs de la Couronne et quelques autres ne peuvent guère que voter, assister aux débats entre candidats et, pour la plupart, adhérer à un parti et lui faire un don. Toute publication partisane de leur part est un risque sérieux.',
    },
    url: PA_GLANCE,
    section: 'Rules at a glance: specially restricted public servants',
  },
  {
    id: 'psoa-duty-related-comment',
    source: 'psoa-political',
    title: { en: 'Public comment on matters tied to your duties', fr: 'Commentaires publics sur des sujets liés à vos fonctions' },
    summary: {
      en: 'Commenting publicly, outside your job, on a matter directly related to your duties that parties or candidates have positions on counts as political activity: most public servants need an unpaid leave first. Praise or criticism of policy in your own field is where the risk is highest.',
      fr: 'Commenter publiquement, hors de vos fonctions, une question directement liée à votre travail sur laquelle des partis ou des candidats ont pris position est une activité politique : la plupart des fonctionnaires doivent d’abord prendre un congé non payé. L’éloge ou la critique de politiques de votre propre domaine comporte le risque le plus élevé.',
    },
    url: PA_GLANCE,
    section: 'Rules at a glance: most public servants; PSOA s. 72',
  },
  {
    id: 'coi-benefiting-self',
    source: 'conflict-of-interest',
    title: { en: 'Do not use your position for private benefit', fr: 'Ne pas tirer profit de son poste' },
    summary: {
      en: 'A public servant must not use their position to benefit themselves, their spouse or children, directly or indirectly. Promoting a side business or a third party by drawing on your government role crosses that line.',
      fr: 'Un fonctionnaire ne doit pas se servir de son poste pour en faire profiter, directement ou non, lui-même, son conjoint ou ses enfants. Promouvoir une entreprise personnelle ou un tiers en misant sur son rôle au gouvernement franchit cette limite.',
    },
    url: COI_OICO,
    section: 'O. Reg. 381/07, s. 3',
  },
  {
    id: 'coi-gifts',
    source: 'conflict-of-interest',
    title: { en: 'Gifts and benefits', fr: 'Cadeaux et avantages' },
    summary: {
      en: 'Do not accept gifts, tickets, meals or other benefits from anyone who receives services from, does business with or wants to do business with the government, beyond nominal courtesy. Thanking a vendor publicly for such a gift makes it visible.',
      fr: 'N’acceptez pas de cadeaux, billets, repas ou autres avantages de quiconque reçoit des services du gouvernement, fait ou souhaite faire affaire avec lui, au-delà d’une simple courtoisie. Remercier publiquement un fournisseur pour un tel cadeau le rend visible.',
    },
    url: COI_OICO,
    section: 'O. Reg. 381/07, s. 4',
  },
  {
    id: 'coi-preferential-treatment',
    source: 'conflict-of-interest',
    title: { en: 'No preferential treatment', fr: 'Aucun traitement de faveur' },
    summary: {
      en: 'Do not give anyone help beyond what your job ordinarily provides, or appear to: offering to speed up, prioritise or push through someone’s file is preferential treatment.',
      fr: 'N’accordez à personne une aide qui dépasse ce que votre poste offre normalement, et évitez même d’en donner l’impression : offrir d’accélérer, de prioriser ou de faire passer un dossier est un traitement de faveur.',
    },
    url: COI_OICO,
    section: 'O. Reg. 381/07, s. 6',
  },
  {
    id: 'coi-outside-activities',
    source: 'conflict-of-interest',
    title: { en: 'Outside business and endorsements', fr: 'Activités extérieures et recommandations' },
    summary: {
      en: 'Outside work must not conflict with your duties or draw on your government role. Recommending a company or product as a public servant can look like an endorsement by government and like favouring one supplier.',
      fr: 'Un travail extérieur ne doit pas entrer en conflit avec vos fonctions ni s’appuyer sur votre rôle au gouvernement. Recommander une entreprise ou un produit en tant que fonctionnaire peut passer pour un appui du gouvernement et pour du favoritisme envers un fournisseur.',
    },
    url: COI_REG,
    section: 'O. Reg. 381/07, ss. 6 and 8; OPS guiding principles',
  },
  {
    id: 'conduct-respectful-workplace',
    source: 'conduct',
    title: { en: 'Respect, discrimination and harassment', fr: 'Respect, discrimination et harcèlement' },
    summary: {
      en: 'The OPS commits to a respectful workplace free of discrimination and harassment on the grounds the Human Rights Code protects. Insults, slurs or attacks on people online reflect on the integrity of the public service.',
      fr: 'La FPO s’engage à offrir un milieu de travail respectueux, exempt de discrimination et de harcèlement fondés sur les motifs protégés par le Code des droits de la personne. Les insultes, propos haineux ou attaques en ligne nuisent à l’intégrité de la fonction publique.',
    },
    url: 'http://docplayer.net/21287251-Management-board-of-cabinet-directives-workplace-discrimination-and-harassment-prevention-policy.html',
    section: 'Workplace Discrimination and Harassment Prevention Policy: policy statement',
  },
  {
    id: 'conduct-comment-policy',
    source: 'conduct',
    title: { en: 'Tone expected on government channels', fr: 'Ton attendu sur les canaux gouvernementaux' },
    summary: {
      en: 'Government comment policies rule out profanity, malicious or defamatory content and personal attacks, and ask everyone to stay on topic. Public servants engaging online are expected to set that tone, not argue with the public.',
      fr: 'Les politiques de commentaires du gouvernement excluent la grossièreté, les propos malveillants ou diffamatoires et les attaques personnelles, et demandent de rester dans le sujet. Les fonctionnaires qui interviennent en ligne doivent donner le ton plutôt que se disputer avec le public.',
    },
    url: 'https://talk.ontario.ca/content/comment-policy',
    section: 'Comment policy',
  },
];

const byId = new Map(guidelines.map((g) => [g.id, g]));

export function guidelineById(id: string): Guideline | undefined {
  return byId.get(id as Guideline['id']);
}
