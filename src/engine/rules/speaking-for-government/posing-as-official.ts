// Posing as an official channel: a personal or specialist account calling itself "the official
// account", issuing an "official statement", or opening with "This is the Ministry of…". Only
// official ministry channels may say they are official (OPS guidelines: specialist accounts "must
// not claim to be an official Government of Ontario account"; minister's personal accounts neither).
// Pointing to a real official channel ("follow the official account @ONgov") is fine.
import { defineRule } from '../../define-rule.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit } from '../../types.js';
import { OFFICIAL_REFERENCE_AFTER_EN, OFFICIAL_REFERENCE_EN, OFFICIAL_SELF_EN } from '../../lexicons/en/speaking-official.js';
import { OFFICIAL_REFERENCE_AFTER_FR, OFFICIAL_REFERENCE_FR, OFFICIAL_SELF_FR } from '../../lexicons/fr/speaking-official.js';
import { spans, test, trainingCue } from '../confidential/context.js';
import { adminActs, CHANNEL_OR_SIGNATURE_WORDS } from './administration.js';
import { plainBefore } from '../../text/unit.js';
import { GOV_OBJECTS_EN, SECTORS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR, SECTORS_FR } from '../../lexicons/fr/confidential-context.js';
import { namesPosition } from '../conflict-of-interest/context.js';

// Every claim below names the official stamp or the institution.
const OFFICIAL_GATE = /official|officiel|ministry of|ministere|government of|gouvernement|verified government/;
const SELF = lexicon([...OFFICIAL_SELF_EN, ...OFFICIAL_SELF_FR]);
const REFERENCE = lexicon([...OFFICIAL_REFERENCE_EN, ...OFFICIAL_REFERENCE_FR]);
const REFERENCE_AFTER = lexicon([...OFFICIAL_REFERENCE_AFTER_EN, ...OFFICIAL_REFERENCE_AFTER_FR]);
// "Official statement:" as a label opening the post, with or without its issuer ("Official update from
// the Ministry of Transportation:", « AVIS OFFICIEL DU GOUVERNEMENT DE L'ONTARIO 📢 »), ended by a colon,
// a dash, an emoji or the sentence's end.
const LABEL = /^[^\p{L}\p{N}]{0,6}(official statement|official announcement|official update|official notice|official response|declaration officielle|communique officiel|annonce officielle|avis officiel|reponse officielle|mise a jour officielle)(?: (?:from|of|by|du|de la|de l'|des|de) (?:the |l')?(?:ministry|ministere|government|gouvernement|province|ontario)[a-z' -]{0,60}?)? ?(?:[:\-.!]|\p{Extended_Pictographic}|$)/u;
// "This is the Ministry of Health building" describes a place, not a voice.
const PLACE_AFTER = /^\s*(?:[a-z'-]+\s+){0,5}?(?:building|office|offices|headquarters|hq|booth|team|website|page|site|logo|tower|lobby|parking|cafeteria|immeuble|edifice|bureau|bureaux|siege|kiosque|equipe|stand)\b|^\s*(?:[a-z'-]+\s+){0,4}?[a-z-]+'s\b/;
const INSTITUTION_VOICE =
  /^[^\p{L}\p{N}]{0,6}(?:the )?(ministry of [a-z' -]{3,60}?|government of ontario|ontario government|gouvernement de l'ontario|ministere de [a-z' -]{3,60}?) (update|notice|reminder|apologizes|apologises|regrets|is pleased to|is extending|has extended|will|mise a jour|avis|rappel|s'excuse|regrette|est heureux de|prolonge|a prolonge)\b/u;
const INSTITUTION_VOICE_FR =
  /^[^\p{L}\p{N}]{0,6}(?:mise a jour|avis|rappel|message) (?:du|de la part du) (?:ministere de [a-z' -]{3,60}?|gouvernement de l'ontario)(?= ?:)/u;
// The account introduced as the official one, in any words: "this is now the official Instagram for
// Ontario Parks", "welcome to the official page of…", « ici le compte officiel des Services… »,
// « bienvenue sur la page officielle du bureau… ». Only for a government body (below); a curling
// club's official page is its own business.
const SELF_INTRO_EN =
  /\b(?:this is|this account is|this page is|welcome to|you've found|you're following|you are following)\s+(?:now\s+)?(?:the|an|our)\s+(?:new\s+)?official\s+(?:[a-z'-]+\s+)?(?:account|page|feed|channel|profile|instagram|facebook|twitter|tiktok|handle|group)\b/;
const SELF_INTRO_FR =
  /\b(?:ici|ceci est|c'est|bienvenue sur|bienvenue a|voici)\s+(?:maintenant\s+|desormais\s+)?(?:le|la|notre)\s+(?:nouveau\s+|nouvelle\s+)?(?:compte|page|fil|chaine|profil|groupe)\s+(?:instagram\s+|facebook\s+|x\s+)?officiel(?:le)?\b/;
const GOVERNMENT_BODY = /ontario|minist|govern|gouvern|provinc|\bparks?\b|\bparcs?\b|\bbureau\b|\bcity of\b|\bville de\b|\bpublic\b|\bpublique?\b/;
const MINISTRY_SELF = /^(?:this is the ministry of|we are the ministry of|we're the ministry of|ici le ministere|ceci est le ministere|nous sommes le ministere)$/;
const REFERENCE_BEFORE = 40;
const LINK_AFTER = 60;
// The author's own words given the stamp of office, whatever the label: "Officially: the backlog will
// be cleared by August", "I'm on the team, so official answer: …", "take this as our official answer", « je vous le confirme officiellement »,
// « Message officiel du ministère de la Santé : ». Only an official channel can make a statement
// official; said of a government matter (here or in the sentence before), it speaks for the government.
const OFFICIAL_WORD =
  /^[^\p{L}\p{N}]{0,6}(?:officially(?: speaking)?|officiellement)\s?[:,\-\u2013\u2014]|\b(?:official\s(?:answer|word|response|line)|(?:reponse|position)\sofficielle)\s?[:\u2013\u2014]|\b(?:take|treat|consider)\s(?:this|that|it)\sas\s(?:our|the|my|an)\sofficial\s(?:answer|position|word|response|reply|statement|line)\b|\bthis\sis\s(?:our|my)\sofficial\s(?:answer|position|word|response|reply)\b|\b(?:je\s(?:vous\s|te\s)?(?:le\s)?confirme|c'est\sconfirme)\sofficiellement\b|\b(?:prenez|considerez|voyez)\s(?:ca|cela|ceci)\scomme\s(?:notre|ma|la)\s(?:reponse|position)\sofficielle\b|\bc'est\snotre\s(?:reponse|position)\sofficielle\b/u;
// The same stamp as a label with its issuer: "Official message from the Ministry of Health:", « Message officiel du ministère de la Santé : ».
const OFFICIAL_MESSAGE =
  /^[^\p{L}\p{N}]{0,6}(official (?:message|word|answer)|message officiel|mot officiel) (?:from|of|by|du|de la|de l'|des|de) (?:the |l')?(?:ministry|ministere|government|gouvernement|province|ontario)[a-z' -]{0,60}? ?(?:[:\-.!]|\p{Extended_Pictographic}|$)/u;
// What follows the stamp is the author's own life: "Officially: I'm retiring!", « officiellement : je prends ma retraite ».
const OWN_LIFE_AFTER = /^[\s:,\-\u2013\u2014]*(?:i|i'm|i've|i'll|my|je|j'|moi|mon|ma|mes|we're\s(?:moving|engaged|expecting|pregnant|getting))(?![\p{L}])/u;
const GOV_MATTER = lexicon([...GOV_OBJECTS_EN, ...SECTORS_EN, ...GOV_OBJECTS_FR, ...SECTORS_FR]);
// "This account is not an official one": exactly the disclaimer the guidelines ask for.
const NOT_OFFICIAL = /\b(?:not|non|pas|unofficial|isn't|never)\b[^.!?\n]{0,24}offici|\bunofficial\b|\bnon[- ]officiel/;
const NEGATED = /\b(?:not|non|pas|never|isn't|ni)\b[^.!?\n]{0,24}$/;
const THIS_ACCOUNT = /\b(?:this account|this page|this feed|ce compte|cette page|ce fil)\b/;
const GREETING_ONLY =
  /^[^\p{L}\p{N}]*(?:(?:hi|hello|hey|good morning|good afternoon|good evening|greetings|bonjour|bonsoir|allo|salut)(?:\s+(?:all|everyone|everybody|folks|friends|ontario|tout le monde|a tous|a toutes))?[^\p{L}\p{N}]*)?$/u;

export default defineRule({
  id: 'speaking-for-government/posing-as-official',
  category: 'speaking-for-government',
  severity: { personal: 'high', professional: 'high', official: 'off' },
  guidelines: ['ops-official-account', 'ops-personal-use', 'ops-specialist-executive'],
  title: { en: 'Posing as an official account', fr: 'Se présenter comme un compte officiel' },
  why: {
    en: 'This presents your account or your post as official. Only designated ministry accounts may call themselves official or issue official statements; a personal or specialist account must not appear to speak for the Government of Ontario.',
    fr: "Ce passage présente votre compte ou votre publication comme officiels. Seuls les comptes ministériels désignés peuvent se dire officiels ou publier des déclarations officielles; un compte personnel ou de spécialiste ne doit pas donner l'impression de parler au nom du gouvernement de l'Ontario.",
  },
  // Every hit needs a word of its own sentence: a help desk's invitation or an institution's name
  // (adminActs' channel and signature), else the gate below. The sentence before only confirms.
  triggersHere: true,
  triggers: [...CHANNEL_OR_SIGNATURE_WORDS, ...gatePieces(OFFICIAL_GATE)],
  detect(unit) {
    if (trainingCue(unit)) return [];
    const p = unit.plain;
    const hits: Hit[] = [];
    // A program's help desk ("Questions about your grant? DM us") or the institution's sign-off ("— MTO").
    for (const a of adminActs(unit)) if (a.kind === 'channel' || a.kind === 'signature') hits.push({ start: a.start, end: a.end });
    if (!OFFICIAL_GATE.test(unit.plain)) return hits;
    for (const re of [SELF_INTRO_EN, SELF_INTRO_FR]) {
      const m = re.exec(unit.plain);
      if (m && GOVERNMENT_BODY.test(unit.plain) && !NOT_OFFICIAL.test(unit.plain)) hits.push({ start: m.index, end: m.index + m[0].length });
    }
    // "Follow this account for official updates": this account, not another, as the official source.
    const self = THIS_ACCOUNT.exec(p);
    if (self && /official|officiel/.test(p) && !NOT_OFFICIAL.test(p)) hits.push({ start: self.index, end: self.index + self[0].length });
    const stamp = OFFICIAL_WORD.exec(p) ?? OFFICIAL_MESSAGE.exec(p);
    if (stamp && !OWN_LIFE_AFTER.test(p.slice(stamp.index + stamp[0].length, stamp.index + stamp[0].length + 12))) {
      const before = plainBefore(unit);
      if (test(GOV_MATTER, p) || (before && test(GOV_MATTER, before)) || namesPosition(unit)) {
        const lead = stamp[0].length - stamp[0].replace(/^[^\p{L}\p{N}]+/u, '').length;
        let end = stamp.index + stamp[0].length;
        while (end > stamp.index + lead && !/[\p{L}\p{N}]/u.test(p[end - 1]!)) end--;
        hits.push({ start: stamp.index + lead, end });
      }
    }
    const label = LABEL.exec(p);
    if (label) {
      const start = label[0].indexOf(label[1]!);
      hits.push({ start, end: start + label[1]!.length });
    }
    // "Ministry of Agriculture update: we've extended…", "The Government of Ontario apologizes…":
    // a post that opens in the institution's own voice, as only its official channel may.
    const voice = INSTITUTION_VOICE.exec(p) ?? INSTITUTION_VOICE_FR.exec(p);
    if (voice && !hits.length) {
      const lead = voice[0].length - voice[0].replace(/^[^\p{L}\p{N}]+/u, '').length;
      hits.push({ start: voice.index + lead, end: voice.index + voice[0].length });
    }
    for (const m of spans(SELF, p)) {
      if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
      const pre = p.slice(Math.max(0, m.start - REFERENCE_BEFORE), m.start);
      // "This account is not an official government account": the disclaimer, not the claim.
      if (NEGATED.test(pre)) continue;
      const selfIntro = /^(?:this is|this account|we are|we're|i am|i'm|ceci est|c'est|ici|nous sommes|je suis|ce compte)\b/.test(m.text);
      if (test(REFERENCE, pre)) continue;
      if (!selfIntro && (/@\w/.test(p.slice(m.end, m.end + 40)) || test(REFERENCE_AFTER, p.slice(m.end, m.end + 40)))) continue;
      // "Voici le communiqué officiel du ministère avec les consignes : https://news.ontario.ca/fr": a link to
      // where the statement is published points to the ministry's words; it does not issue them here.
      if (!selfIntro && unit.masked.some((k) => k.kind === 'url' && k.start >= m.end && k.start - m.end <= LINK_AFTER)) continue;
      if (MINISTRY_SELF.test(m.text.replace(/\s+/g, ' '))) {
        // Only as an opening self-introduction, and not to describe a building or a website.
        if (!GREETING_ONLY.test(p.slice(0, m.start)) || PLACE_AFTER.test(p.slice(m.end, m.end + 60))) continue;
      }
      hits.push({ start: m.start, end: m.end });
    }
    return hits;
  },
  examples: {
    invalid: [
      // The stamp given mid-sentence, before a government matter.
      { text: "I work in the branch, so official answer: the apprenticeship grant is being cut next year.", span: 'official answer', mode: 'personal' },
      { text: "Je travaille au ministère, donc position officielle : la subvention sera coupée l'an prochain.", span: 'position officielle', mode: 'personal' },
      // The label with its issuer, ended by a colon, an emoji or the sentence.
      { text: 'Official update from the Ministry of Transportation: Highway 11 is closed at Latchford until noon.', span: 'Official update', mode: 'personal' },
      { text: "📢 AVIS OFFICIEL DU GOUVERNEMENT DE L'ONTARIO 📢 Les piscines publiques ouvrent le 1er juillet.", span: 'AVIS OFFICIEL', mode: 'personal' },
      { text: 'Mise à jour officielle du ministère de la Santé : les cliniques sans rendez-vous ferment à 20 h.', span: 'Mise à jour officielle', mode: 'professional' },
      { text: 'Ministry of Agriculture update: we have extended the grant deadline to April 30.', span: 'Ministry of Agriculture update' },
      { text: "The Government of Ontario apologizes for this morning's online outage. We will update you here!", span: 'The Government of Ontario apologizes' },
      { text: 'Mise à jour du ministère de l’Agriculture : nous prolongeons la date limite.', mode: 'personal' },
      { text: 'Official statement: the ministry is aware of the outage and is working to restore service.', span: 'Official statement', severity: 'high' },
      { text: 'This is the official account of the Ministry of Natural Resources fire program, follow for updates.', span: 'This is the official account' },
      { text: 'Hi all, this is the Ministry of Transportation: Highway 17 is closed near Wawa.', span: 'this is the Ministry of' },
      { text: 'Ceci est une déclaration officielle : le bureau de Sudbury restera fermé lundi.', span: 'Ceci est une déclaration officielle' },
      { text: 'Compte officiel du ministère de l’Agriculture pour le Nord-Est, bienvenue!', span: 'Compte officiel du ministère' },
      { text: 'Questions about your grant? DM us and our team will sort it out.', span: 'DM us' },
      { text: 'Highway 17 at Wawa reopens at 6 pm tonight. Drive safe! — MTO', span: 'MTO' },
      { text: 'Highway 17 is closed near Wawa tonight\n— Ministry of Transportation, Northeast Region', span: 'Ministry of' },
      { text: 'Follow this account for official updates on the wildfire situation.', span: 'this account' },
      { text: 'Des questions sur votre subvention? Écrivez-nous en privé.', span: 'Écrivez-nous' },
      { text: 'Suivez ce compte pour les mises à jour officielles sur les feux de forêt.', span: 'ce compte' },
      // The account introduced as official in other words, for a government body.
      { text: 'Hello campers! This is now the official Instagram for the Ontario Parks Temagami district.', span: 'This is now the official Instagram' },
      { text: 'Welcome to the official page of the Ministry of Mines northern office. Ask us anything!', span: 'Welcome to the official page' },
      { text: 'Ici le compte officiel de Parcs Ontario pour la région de Kapuskasing.', span: 'Ici le compte officiel' },
      { text: 'Bienvenue sur la page officielle du bureau provincial de Timmins, écrivez-nous!', span: 'Bienvenue sur la page officielle' },
      // The author's own words stamped as official, on a government matter.
      { text: 'Ministry inspector here. Officially: the Sudbury licensing office will stay open all winter.', span: 'Officially', mode: 'personal' },
      { text: 'I run the regional office, so take this as our official answer: the Dryden clinic is not closing.', span: 'take this as our official answer', mode: 'professional' },
      { text: 'Je travaille au ministère et je vous le confirme officiellement : les frais de permis ne changent pas cette année.', span: 'je vous le confirme officiellement', mode: 'personal' },
      { text: '📢 Message officiel du ministère des Transports : la 17 rouvre ce soir. Partagez!', span: 'Message officiel du ministère des Transports', mode: 'professional' },
      { text: 'Official message from the Ministry of Health: walk-in clinics stay open all summer.', span: 'Official message from the Ministry of Health', mode: 'personal' },
      { text: 'Considérez ça comme notre réponse officielle : le programme de subventions est maintenu.', mode: 'professional' },
      // A link after a self-introduction does not make it a reference.
      { text: 'Ceci est un communiqué officiel du ministère : https://example.org/avis-route-17', span: 'Ceci est un communiqué officiel', mode: 'personal' },
      { text: 'This is the official statement from the ministry on the closure: https://example.org/closure', span: 'This is the official statement', mode: 'personal' },
    ],
    valid: [
      'Official notice from my book club: we are reading Dune next month.',
      'Avis officiel à la famille : le souper est à 18 h!',
      'Follow the official account @ONgov for updates on the wildfire season.',
      'Read the official statement from the ministry here: https://news.ontario.ca/en/statement/4',
      'This is the Ministry of Health building where I started my career 20 years ago!',
      'Suivez le compte officiel @ONgouv pour les mises à jour.',
      'Lisez la déclaration officielle du ministère sur le site de nouvelles.',
      'This account is not an official Government of Ontario account; views are my own.',
      "Ce compte n'est pas un compte officiel du gouvernement, opinions personnelles.",
      'Follow this account for more bird photos!',
      'DM me for the recipe!',
      'This is the official account of the Sudbury Curling Club, welcome!',
      'Bienvenue sur la page officielle du club de ski de fond de Hearst!',
      'This is now the official Instagram of our family cottage. Expect loons.',
      // A job title and its employer, mid-line: not a sign-off.
      'We are hiring a Senior Policy Advisor — Ministry of the Environment, Conservation and Parks (Toronto, hybrid).',
      'Poste : agent(e) des services en français — ministère des Affaires francophones (Sudbury, hybride).',
      'Follow the official Instagram of Ontario Parks for campsite updates.',
      // The stamp on one's own life, or on no government matter.
      'Officially: I’m retiring from the ministry after 31 years! Cake in the lunchroom Friday.',
      'Officiellement : je prends ma retraite du ministère en juin!',
      'Take this as my official answer: pineapple belongs on pizza.',
      'Officially speaking, the cat runs this house now.',
      'Je vous le confirme officiellement : le party de Noël est le 12, apportez vos chaises!',
      'The official answer from the ministry is on its website: https://www.ontario.ca/page/fees',
      // The statement shared by its link, where the ministry published it.
      { text: "Lots of questions about the boil-water advisory. Here's the official statement from the ministry with the guidance: https://news.ontario.ca/en", mode: 'professional' },
      { text: 'Beaucoup de questions sur l’avis d’ébullition. Voici le communiqué officiel du ministère avec les consignes : https://news.ontario.ca/fr', mode: 'personal' },
    ],
  },
});
