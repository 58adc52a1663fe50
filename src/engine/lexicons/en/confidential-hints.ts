// Hints about news that is not public yet (English). Three kinds, from strongest to weakest:
// explicit secrecy ("you didn't hear it from me"), insider sourcing ("word is…", "in a meeting
// today…") and teasing ("big news coming", "stay tuned").
import { verbForms } from '../../text/verb-forms.js';

/** The author says the information is secret or not yet public. */
export const SECRECY_HINTS_EN = [
  "you didn't hear it from me", "you didn't hear this from me", "you didn't hear that from me", "didn't hear it from me",
  "you did not hear it from me", 'off the record', "isn't official yet", 'not official yet', 'before the announcement',
  "can't say much", 'cannot say much', "can't say more", 'cannot say more', "can't say anything", "can't say too much",
  "can't share details", "can't share more", "can't share much", "can't share too much", "can't give details",
  "can't get into details", "can't go into details", "can't get into it", "can't go into it", 'not allowed to say',
  'not allowed to share', 'not supposed to say', 'not supposed to share', 'not supposed to know',
  "i shouldn't be saying", "i shouldn't say", "i probably shouldn't", "shouldn't be posting", "shouldn't be sharing",
  'between us', 'between you and me', 'just between us', 'keep this between us', 'keep it between us', 'keep this quiet',
  'keep it quiet', 'on the down low', 'on the dl', 'hush hush', 'hush-hush', 'under wraps', 'inside scoop',
  'insider info', 'insider information', 'insider tip', 'unofficially', 'officially unofficially', 'confidentially',
  "don't tell anyone", "don't tell anybody", "don't quote me", 'do not quote me', 'not for attribution',
  'my lips are sealed', 'lips are sealed', 'can neither confirm nor deny', 'sworn to secrecy', 'secret squirrel',
  "it's a secret", 'still a secret', "it's still secret", 'top secret', 'unannounced changes', 'unannounced plan',
  'unannounced plans', 'unannounced program', 'unannounced decision', 'unannounced funding', 'shh', 'shhh',
  'keep it hush', 'officially i know nothing', 'officially, i know nothing', 'i know nothing officially',
  "i'm not telling", 'i am not telling', 'not telling which', 'not telling who', 'not telling where', 'still secret',
  'still a secret', 'secret for now', 'act surprised', 'look surprised', 'pretend to be surprised',
  "pretend you didn't hear", "you didn't read this here", "you didn't read it here", "nothing's official",
  'nothing is official', "it's not official", "isn't official", 'not official', "it's not public",
  'not publicly announced', "don't say i said", 'mum is the word', "mum's the word", 'nothing official yet',
  'keep it to yourselves', 'keep it to yourself', 'keep this to yourselves', 'keep this to yourself',
  'keep that to yourself', 'keep it under your hat', 'until the budget', "until it's announced",
  'until the announcement', "they'll find out", 'they will find out', "they don't know yet", "they haven't been told",
  "haven't been told yet", 'not been told yet', "nobody's been told", 'nobody has been told', 'no one has been told',
  "won't know until", "won't find out until", 'before they find out', "i've seen the numbers", 'i have seen the numbers',
  "i've seen the draft", "i've seen the plan", "i've seen the deck", "i've seen the memo", "i've read the draft",
  "i've seen the list", 'seen the numbers', 'seen the draft', 'official memo coming', 'memo coming', 'memo is coming',
  "don't tell comms", "don't tell my boss", "don't tell my manager", "don't tell my director", 'before launch',
  'before the launch', 'before it launches', 'before release', 'before the release', 'official news later',
  'official announcement later', 'will be announced later', 'news to come', 'on the quiet', 'on the sly',
  'before the public knows', 'before anyone knows', 'before the mayor knows', 'before the mayor even knows',
  'before the union knows', 'before staff know', 'before staff are told', 'they have no idea yet',
  'people have no idea yet', 'staff have no idea yet', 'nobody has any idea yet', 'insiders know', 'those in the know',
  "things i can't tell you",
  // Indirect and tongue-in-cheek: the author lets on that they know.
  "let's just say", "i'm not saying anything", 'not saying anything', "i didn't say anything",
  "you didn't hear anything", '(i know why)', 'ask me how i know', 'guess how i know', "(it's me)", "couldn't be me",
  'definitely not me', "pretending i don't know", 'pretending not to know', "acting like i don't know",
  'who already knows', 'who already know', 'told to deny', 'been told to deny', 'oh nothing, just',
  "till it's out", "until it's out", "once it's out", 'until it comes out',
  // Holding back while letting on: "without giving too much away", "all I can say is", "I've said too much".
  'without giving too much away', 'without giving anything away', 'without giving away too much',
  'without giving it away', 'without saying too much', 'without saying much', 'without going into details',
  'without going into detail', 'without getting into details', 'without getting into detail', 'without naming names',
  'all i can say is', 'all i will say is', "all i'll say is", "that's all i can say", 'that is all i can say',
  "that's all i'm allowed to say", "all i'm allowed to say", 'all i am allowed to say', "that's all i'm allowed to share",
  "that's all i'll say", "i've said too much", 'i have said too much', 'i said too much', 'already said too much',
  'say no more', 'read between the lines', 'not at liberty to say', "i'll leave it at that", "can't name names",
  'cannot name names',
  // Seeing it before everyone else.
  'before everyone else', 'before anyone else', 'before the rest of you', 'before everybody else',
  // The document seen in passing.
  'crossed my desk', 'came across my desk', 'landed on my desk', 'saw it cross my desk',
];

/** The author says the matter is not public yet: with a government or work matter, nothing more is needed. */
export const UNRELEASED_HINTS_EN = [
  // The announcement still to catch up with what the author tells: "Comms will catch up 😄".
  'comms will catch up', 'comms will catch up eventually', 'the announcement will catch up', 'the paperwork will catch up',
  'before comms does', 'before the comms team does', 'before it hits the news',
  'not public yet', "isn't public yet", 'is not public yet', 'not yet public', 'not public until', 'not announced yet',
  'not yet announced', "hasn't been announced", 'has not been announced', "haven't been announced",
  // Said of whoever will announce it: "the judge hasn't announced it yet but it's happening".
  "hasn't announced it yet", 'has not announced it yet', "haven't announced it yet", 'have not announced it yet',
  "hasn't announced it", "haven't announced it",
  "hasn't been made public", 'not officially announced', "before it's announced", 'before it is announced',
  'before it gets announced', "before it's public", 'before it goes public', 'before it becomes public',
  'before the news breaks', 'before it hits the news', 'nobody knows yet', 'no one knows yet', 'nobody knows this yet',
  'not out yet', "it's not out yet", 'still unannounced', 'as yet unannounced', 'yet to be announced',
  'nothing public yet', 'nothing is public yet', "nothing's public yet",
  // Public only later, said by when it comes out.
  'not out until', "won't be out until", "doesn't come out until", 'does not come out until',
  "won't be public until", "isn't public until", 'not announced until', "won't be announced until", 'goes public in',
  "aren't being announced until", "isn't being announced until", 'not being announced until', "aren't announced until",
  "won't be made public until", 'not being made public until', "aren't public until", "won't be official until",
  'comes out next', 'embargoed until',
  // Holding back until it is public is knowing it already ("I'll tell you more once it's announced";
  // not "I'll be live-tweeting once it's public", which waits for the news like everyone).
  // Public only later, said by what holds it back or who has not heard: "it can't go public until the
  // fall", "can't wait for it to go public", "the public won't find out until…", "the letters
  // haven't gone out yet", "before anyone outside our division has heard".
  ...["can't", 'cannot', "won't", "doesn't", "isn't allowed to", "isn't supposed to"].map((v) => `${v} go public until`),
  // (Not "can't wait for it to be announced", which anyone awaiting news says, nor "the public won't see the trails until June".)
  ...['wait for it to', 'waiting for it to', 'wait for them to', 'waiting for them to'].flatMap((w) => ['go public', 'be public', 'be made public'].map((a) => `${w} ${a}`)),
  ...["the public won't", "the public doesn't", 'the public will not', "the rest of you won't"].flatMap((w) => ['know', 'hear about it', 'find out'].map((a) => `${w} ${a}`)),
  'before the public sees', 'before the public hears', 'before anyone outside', 'before anybody outside',
  ...['letters', 'notices', 'notifications', 'notification letters', 'the letters', 'the notices', 'emails'].flatMap((w) => [`${w} haven't gone out`, `${w} have not gone out`, `${w} haven't been sent`]),
  "haven't gone out yet", "hasn't gone out yet", "haven't been notified yet", 'have not been notified yet',
  ...['once', 'when', 'as soon as', 'after'].flatMap((q) => ['the announcement', 'the funding announcement', 'the official announcement', 'the news release'].map((a) => `${q} ${a} goes out`)),
  ...["i'll tell you more", "i'll say more", "i'll share more", "we'll talk", 'more on that', 'more on this', 'can say more']
    .flatMap((r) => ['when', 'once', 'as soon as'].flatMap((q) => ["it's", "it'll be", 'it goes'].flatMap((v) =>
      ['public', 'official', 'announced'].map((a) => `${r} ${q} ${v} ${a}`)))),
];

/**
 * A tip-off: advice to act now ("apply before June", "renew this month") next to a change still to
 * come ("after that the rules change", "while you still can"). Both are needed: either alone is
 * ordinary advice.
 */
export const ACT_NOW_EN = [
  'do it now', 'do it this month', 'do it this week', 'do it before', 'apply before', 'apply now', 'renew now',
  'renew before', 'renew this month', 'file your', 'get your application in', 'get your applications in', 'get in before',
  'book now', 'sign up now', 'get your renewals done', "i'd file", "i'd apply", "i'd renew", 'if i were you',
  'trust me on this one', "that's all i'm saying",
];

export const CHANGE_COMING_EN = [
  'the rules change', 'rules are changing', 'rules will change', 'after that', 'before it changes', 'before they change',
  'while you still can', 'before the fee goes up', 'before the fees go up', 'before the price goes up', 'before the deadline moves',
  'gets way harder', 'gets harder', 'it changes', "won't be available", 'no longer be available', 'before it closes',
  'before the program closes', 'before the change',
];

/**
 * A negated modal and a verb of telling, which the rule combines ("not supposed to" + "talk",
 * "can't" + "get into"): the author holds back something they know.
 */
export const SECRECY_MODALS_EN = [
  "can't", 'cant', 'cannot', 'can not', 'not allowed to', 'not supposed to', "shouldn't", 'should not', 'not at liberty to',
  'not in a position to', 'not permitted to', "i won't", "i'm not going to", 'not gonna', 'not able to', 'unable to',
  'not free to', 'not authorized to', "can't really", 'cannot really',
];

export const SECRECY_VERBS_EN = [
  'say', 'share', 'talk', 'tell', 'discuss', 'get into', 'go into', 'comment', 'reveal', 'disclose', 'spill', 'name',
  'confirm', 'divulge', 'elaborate', 'give details', 'give specifics', 'breathe a word', 'spell it out', 'be specific',
  'get specific', 'spoil', 'say which', 'say who', 'say where', 'say when',
];

/** After "can't say…", words that make it praise or a figure of speech ("can't say enough good things"). */
export const NOT_SECRECY_AFTER_EN = [
  'enough', 'how', 'what a', 'no to', 'goodbye', 'thank you', 'thanks', 'whether', 'for sure', 'i blame', 'i disagree',
  'i agree', 'i love', 'i hate', "i'm surprised", 'i was surprised', 'for certain',
  // A public servant's neutrality on a public consultation, not a secret: "I can't comment on the merits, but…".
  'on the merits', 'on the substance', 'on the policy', 'on policy', 'on the proposal', 'on the proposals', 'on the content',
];

/** The author relays insider sourcing: learned at work, heard from above, rumours. */
export const RUMOUR_HINTS_EN = [
  'word is', 'rumour is', 'rumor is', 'rumour has it', 'rumor has it', 'the rumour', 'the rumor', 'rumours are',
  'rumors are', 'rumours say', 'rumors say', 'heard through the grapevine', 'through the grapevine', 'a little bird told me',
  'a little birdie', "i'm told", 'i am told', "i've been told", 'i have been told', 'we were told', "we've been told",
  'we have been told', 'we just got told', 'they told us', 'heard at work', 'heard in a meeting', 'heard today that',
  'found out at work', 'learned at work', 'found out today', 'just found out', 'got word', 'word came down',
  'word from above', 'came down from above', 'from the top', 'my director said', 'my director told', 'my manager said',
  'my manager told', 'my boss said', 'my boss told', 'the dm said', 'the dm told', 'our dm said', 'the adm said',
  'our adm said', 'in a meeting today', 'in our meeting today', 'at work today', 'at the all-staff', 'all-staff today',
  'at our town hall', 'town hall today', 'internally', 'internal announcement', 'apparently', 'out of a meeting',
  'got out of a meeting', 'just left a meeting', 'in a briefing', 'at a briefing', "in today's meeting",
  "at today's all-staff", 'learned today', 'found out in a meeting', 'they told us today', 'we got told',
  'hearing rumblings', 'rumblings', "what's floating around", 'floating around the office', 'going around the office',
  'the word around the office', 'scuttlebutt', 'buzz at work', 'gossip at work', 'heard from a friend in', 'heard from a friend at', 'a friend in the premier\'s office', "a friend in the minister's office",
  'a friend at the ministry', 'heard it at work', 'heard this at work', 'heard that at work', 'heard it in a meeting', 'heard it from my director',
  'heard it from my boss', 'heard it from my manager', 'heard from inside', 'heard from the inside', 'someone on the inside', 'source on the inside', 'sources on the inside', 'inside info', 'inside word',
  'word from inside', 'word from the inside', 'hot take from inside', 'rumour at work', 'rumor at work', 'word at work', 'in our team meeting', 'at our team meeting', 'pretty much confirmed', 'basically confirmed', 'all but confirmed',
  // Shown it by someone at work.
  'a colleague showed me', 'a coworker showed me', 'my manager showed me', 'my director showed me',
  'someone showed me the',
  // Holding back in a way that says it all (not "just saying", which is everyday banter).
  "that's all i'll say", "i'll say no more",
];

/** Teasing an announcement: enough with a government subject. */
export const TEASE_HINTS_EN = [
  // The tease named as one: "small tease:", "a little teaser".
  'small tease', 'little tease', 'a little teaser', 'small teaser', 'quick tease',
  // Hints that news is near, whatever the words: "you'll hear about it soon", "can't say more", "if I were you".
  "you'll hear about it soon", "you'll be hearing about it", "you'll hear more soon", "you'll hear more", 'more soon',
  "can't say more", 'cannot say more', "can't say any more", "can't say anything more", "can't say more than that",
  'wish i could say more', 'wish i could tell you more', 'wish i could share more', 'wish i could say more than that',
  'if only i could say more', 'if i were you', 'if i was you', "i'd hold off", 'i would hold off', "something's coming", 'something is coming',
  "what's coming for", "know what's coming", 'what is coming for', 'sneak peek', 'first look', 'exclusive preview', 'big news coming', 'big news soon', 'big news next week', 'big news this week', 'big announcement',
  'major announcement', 'announcement coming', 'announcement is coming', 'something big is coming',
  'something big coming', 'something big', 'big changes coming', 'big changes are coming', 'changes are coming',
  'changes coming', 'watch this space', 'stay tuned', 'soon to be announced', 'to be announced soon',
  "can't wait to share", 'cannot wait to share', "can't wait until we can share", "can't wait to tell you",
  'when everyone finds out', 'once everyone finds out', "you'll all find out", "you'll find out soon", 'find out soon',
  "can't wait for everyone to find out", 'wait till you see', 'wait until you see',
  'exciting news coming', 'big things coming', 'get ready for', "you'll see soon", 'you will see soon', 'wait and see',
  'you heard it here first', 'heard it here first', 'guess which', 'guess what', 'spoiler alert', 'spoiler',
];

/** The author as the source, vouching from inside: "I work there, you can take it from me", "Source: me". */
export const INSIDER_VOUCH_EN = [
  'i work there', 'take it from me', 'you can take it from me', 'source: me', "i'm on the team", 'i am on the team',
  'trust me, i work', 'trust me i work',
];

/** What an insider says the government will do. */
export const POLICY_ACTIONS_EN = verbForms([
  // A program's fate in images: "won't survive the spring", "its days are numbered", "shelved", "put on ice".
  "won't survive", 'will not survive', "won't be around", 'will not be around', "won't last", 'will not last', 'days are numbered', 'is toast', 'are toast', 'shelved', 'put on ice', 'on ice',
  'mothballed', 'on the back burner', 'put on hold', 'quietly dropped',
  // On the list or off it: "Sudbury made the list", "we didn't make the cut".
  'made the list', 'made the cut', "didn't make the cut", 'did not make the cut', "didn't make the list",
  'cut', 'cuts', 'cutting', 'close', 'closes', 'closing', 'closed', 'closure', 'merge', 'merging', 'merged', 'lay off',
  'laying off', 'layoffs', 'eliminate', 'eliminating', 'freeze', 'freezing', 'cancel', 'cancelling', 'canceling',
  // Advice that implies the decision: cuts ("polish up your résumé"), a move ("don't sign a new lease").
  'gave the nod', 'green light', 'greenlit', 'green-lit', 'signed off', 'okayed', "ok'd", 'cleared', 'polish up your resume', 'update your resume', 'dust off your resume', 'start job hunting', "don't sign a new lease",
  "don't renew your lease", 'hold off on', 'hold off buying', 'wait to buy', 'wait before buying', 'wait until after',
  // Enjoy it while it lasts: something the reader has is about to go.
  'enjoy it while it lasts', 'enjoy it while you can', 'enjoy your summer', 'enjoy the summer', 'make the most of it', 'expansion', 'consolidation', 'consolidated',
  'scrap', 'scrapping', 'end', 'ends', 'ending', 'legislate', 'legislating', 'back-to-work legislation', 'abandon', 'abandoning', 'abandoned', 'picked', 'chosen', 'selected',
  'decided', 'privatize', 'privatizing', 'consolidate', 'consolidating', 'restructure',
  'restructuring', 'announce', 'announcing', 'fund', 'funding', 'relocate', 'relocating', 'move', 'moving', 'sell',
  'selling', 'outsource', 'outsourcing', 'reduce', 'reducing', 'increase', 'increasing', 'raise', 'raising', 'expand',
  'expanding', 'shut', 'shutting', 'axe', 'axing', 'slash', 'slashing', 'downsize', 'downsizing', 'centralize',
  'delay', 'delaying', 'pause', 'pausing', 'drop', 'dropping', 'kill', 'killing', 'approve', 'approved', 'reject',
  'rejected', 'disappear', 'ban', 'banning', 'introduce', 'introducing', 'launch', 'launching', 'reverse', 'reversing', 'require',
  'requiring', 'mandate', 'force', 'phase out', 'wind down', 'sunset', 'replace', 'replacing', 'hire', 'hiring',
  'merged', 'eliminated', 'frozen', 'cancelled', 'canceled', 'scrapped', 'ended', 'privatized', 'consolidated',
  'restructured', 'relocated', 'moved', 'sold', 'outsourced', 'reduced', 'increased', 'raised', 'expanded', 'axed',
  'getting axed', 'on the chopping block', 'being scrapped', 'getting scrapped', 'wound down', 'being wound down', 'sunset', 'sunsetted',
  'slashed', 'downsized', 'centralized', 'delayed', 'paused', 'dropped', 'killed', 'banned', 'introduced', 'launched',
  'reversed', 'replaced', 'boost', 'boosted', 'bump', 'overhaul', 'overhauled', 'revamp', 'revamped', 'shake-up',
  'shakeup', 'change', 'changes', 'changing', 'changed', 'resign', 'resigning', 'fired', 'firing', 'leaving', 'retiring',
  'shuffle', 'extend', 'extending', 'extended', 'renew', 'renewed', 'not renewing', 'back in the office', 'back to the office',
  'days a week', 'going away', 'lose', 'losing',
  // A decision said by its state: "the closures list is final", "it's a done deal", "locked in".
  'closures', 'is final', 'are final', 'is finalized', 'are finalized', 'been finalized', 'finalized', 'locked in',
  'done deal', 'a done deal', 'signed', 'set in stone', 'confirmed', 'getting approved', 'being approved',
  'on the list', 'shortlisted', 'getting cut', 'being cut', 'getting closed', 'being closed', 'folded into',
  'rolled into', 'clawback', 'clawbacks',
  // Advice that implies job cuts; a decision already taken.
  'start looking around', 'start looking elsewhere', 'look for another job', 'looking for another job',
  'brush up your resume', 'update your linkedin', 'get your resume ready', 'already decided', 'been decided',
  'is decided',
]);

/** Selling something: a wink next to a promo code teases a sale, not a government announcement. */
export const COMMERCE_CUES_EN = [
  'promo code', 'discount code', 'coupon', 'discount', '% off', 'percent off', 'on sale', 'order now', 'to order',
  'dm to order', 'dm me to order', 'etsy', 'my shop', 'my store', 'free shipping', 'delivery', 'pre-order', 'preorder',
  // Shopping advice: "wait til after March, prices drop".
  'prices drop', 'prices go down', 'prices come down', 'cheaper', 'black friday', 'boxing day', 'flight deals',
];

/**
 * The author speaks in the voice of their own institution ("our ministry", "my branch"): with a
 * future decision and a specific (an amount, a date, a promise), it announces what is not announced.
 */
export const INSIDER_VOICE_EN = [
  'our ministry', 'my ministry', 'our branch', 'my branch', 'our division', 'my division', 'our program', 'my program',
  'our programme', 'our regional office', 'our department', 'my department', 'our agency', 'our unit', 'our directorate',
  'our region', 'speaking for the ministry', 'on behalf of the ministry', 'on behalf of my ministry', 'the ministry i work for',
  'my team at the ministry', 'our team at the ministry', 'my employer', 'my ministry is', 'we at the ministry',
];

/** Words that make a plan a promise: "promise", "it's a done deal". */
export const PROMISE_CUES_EN = [
  'promise', 'promised', 'i promise', 'guaranteed', 'for sure', 'trust me', 'count on it', 'done deal', "it's happening",
  "it's a go", 'locked in', 'in the bag', 'signed off', "it's official", 'mark my words',
];

/** Decisions that change something for people or money: what an insider plan announces. */
export const PLAN_ACTIONS_EN = verbForms([
  'fund', 'funding', 'finance', 'financing', 'invest', 'investing', 'put', 'putting', 'getting', 'receiving', 'move',
  'moving', 'transfer', 'transferring', 'tighten', 'tightening', 'loosen', 'loosening', 'lift', 'lifting', 'legislate',
  'legislating', 'cut', 'cutting', 'close', 'closing',
  'merge', 'merging', 'lay off', 'laying off', 'hire', 'hiring', 'eliminate', 'eliminating', 'cancel', 'cancelling',
  'canceling', 'scrap', 'scrapping', 'freeze', 'freezing', 'approve', 'approving', 'reject', 'rejecting', 'ban', 'banning',
  'privatize', 'privatizing', 'outsource', 'outsourcing', 'relocate', 'relocating', 'expand', 'expanding', 'raise',
  'raising', 'reduce', 'reducing', 'increase', 'increasing', 'restructure', 'restructuring', 'consolidate',
  'consolidating', 'shut down', 'shutting down', 'axe', 'axing', 'slash', 'slashing', 'downsize', 'downsizing',
  'give', 'giving', 'award', 'awarding', 'build', 'building', 'open', 'opening', 'add', 'adding', 'double', 'doubling',
]);

/** A future time that makes a plan specific ("by June", "next fiscal"). */
export const PLAN_TIMEFRAMES_EN = [
  'next week', 'next month', 'next year', 'next fiscal', 'next spring', 'next summer', 'next fall', 'next winter',
  'this fall', 'this spring', 'this summer', 'this winter', 'later this year', 'by the end of the year', 'by year end',
  'by year-end', 'by january', 'by february', 'by march', 'by april', 'by may', 'by june', 'by july', 'by august',
  'by september', 'by october', 'by november', 'by december', 'by spring', 'by summer', 'by fall', 'in the new year',
  'in the spring', 'in the fall', 'before the election', 'before christmas', 'after the budget',
];

/** The author will make it happen: a commitment not yet decided (speaking for government), not a disclosure. */
export const PERSONAL_AGENCY_EN = [
  "i'll make sure", 'i will make sure', "i'll see to it", 'i will see to it', "i'll push for", "i'll fight for",
  "i'll get it done", 'leave it to me', "i'll make it happen", "i'll personally", 'i personally guarantee',
];

/** A job posting or a routine notice: the plan is public by design. */
export const ROUTINE_NOTICES_EN = [
  'apply', 'applications', 'apply now', 'job posting', 'join our team', "we're hiring!", 'hiring!', 'gojobs', 'careers',
  'holiday', 'long weekend', 'stat holiday', 'closes early', 'close early', 'closing early', 'for the day', 'renovations',
  'weather', 'storm', 'snow day', 'power outage', 'family day', 'christmas', 'canada day', 'victoria day', 'civic holiday',
  'labour day', 'thanksgiving', 'good friday', 'easter monday', 'boxing day', 'remembrance day',
];

/** A report that comes out on its usual schedule ("our annual monitoring report comes out next month"):
 * its date is routine, not news held back. */
export const ROUTINE_PUBLICATION_EN = [
  'annual', 'yearly', 'quarterly', 'monthly', 'every year', 'each year', 'as usual', 'as every year', 'like every year',
  'as always', 'the rest of the', 'monitoring report', 'progress report', 'status report', 'regular', 'routine',
];

/** Future or plan markers around an insider claim. */
export const FUTURE_MARKERS_EN = [
  'will', "'ll", 'going to', 'gonna', 'plans to', 'planning to', 'is planning', 'about to', 'wants to', 'considering',
  'looking at', 'set to', 'expected to', 'next week', 'next month', 'next year', 'soon', 'this fall', 'this spring',
  'in the fall', 'in the spring', 'by the end of', 'coming', 'upcoming',
];
