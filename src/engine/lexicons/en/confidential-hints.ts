// Hints about news that is not public yet (English). Three kinds, from strongest to weakest:
// explicit secrecy ("you didn't hear it from me"), insider sourcing ("word is…", "in a meeting
// today…") and teasing ("big news coming", "stay tuned").

/** The author says the information is secret or not yet public. */
export const SECRECY_HINTS_EN = [
  "you didn't hear it from me", "you didn't hear this from me", "you didn't hear that from me", "didn't hear it from me",
  "you did not hear it from me", 'off the record', 'not public yet', "isn't public yet", 'is not public yet',
  'not yet public', 'not public until', 'not announced yet', 'not yet announced', "hasn't been announced",
  'has not been announced', "haven't been announced", "hasn't been made public", 'not officially announced',
  "isn't official yet", 'not official yet', "before it's announced", 'before it is announced', 'before it gets announced',
  'before the announcement', "before it's public", 'before it goes public', 'before it becomes public',
  'before the news breaks', 'before it hits the news', "can't say much", 'cannot say much', "can't say more",
  'cannot say more', "can't say anything", "can't say too much", "can't share details", "can't share more",
  "can't share much", "can't share too much", "can't give details", "can't get into details", "can't go into details",
  "can't get into it", "can't go into it", 'not allowed to say', 'not allowed to share', 'not supposed to say',
  'not supposed to share', 'not supposed to know', "i shouldn't be saying", "i shouldn't say", "i probably shouldn't",
  "shouldn't be posting", "shouldn't be sharing", 'between us', 'between you and me', 'just between us',
  'keep this between us', 'keep it between us', 'keep this quiet', 'keep it quiet', 'on the down low', 'on the dl',
  'hush hush', 'hush-hush', 'under wraps', 'inside scoop', 'insider info', 'insider information', 'insider tip',
  'unofficially', 'officially unofficially', 'confidentially', "don't tell anyone", "don't tell anybody",
  "don't quote me", 'do not quote me', 'not for attribution', 'my lips are sealed', 'lips are sealed',
  'can neither confirm nor deny', 'sworn to secrecy', 'secret squirrel', "it's a secret", 'still a secret',
  "it's still secret", 'top secret', 'nobody knows yet', 'no one knows yet', 'nobody knows this yet', 'not out yet',
  "it's not out yet", 'unannounced changes', 'unannounced plan', 'unannounced plans', 'unannounced program',
  'unannounced decision', 'unannounced funding', 'still unannounced', 'as yet unannounced', 'yet to be announced',
  'shh', 'shhh', 'keep it hush',
  // Broader government matters (added from the dev split's misses: rules, permits, programs, offices, sectors).
  "can't say much", 'cannot say much', "can't say more", "can't share more", "can't share details", 'not public yet', 'not official yet', 'keep it quiet', 'keep this quiet', 'between you and me', 'between us',
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
  // Broader government matters (added from the dev split's misses: rules, permits, programs, offices, sectors).
  'rumour at work', 'rumor at work', 'rumour is', 'rumor is', 'word at work', 'heard at work', 'heard in a meeting', 'in our team meeting', 'at our team meeting', 'at the all-staff', 'pretty much confirmed', 'basically confirmed', 'all but confirmed',
];

/** Teasing an announcement: enough with a government subject. */
export const TEASE_HINTS_EN = [
  'big news coming', 'big news soon', 'big news next week', 'big news this week', 'big announcement',
  'major announcement', 'announcement coming', 'announcement is coming', 'something big is coming',
  'something big coming', 'something big', 'big changes coming', 'big changes are coming', 'changes are coming',
  'changes coming', 'watch this space', 'stay tuned', 'soon to be announced', 'to be announced soon',
  "can't wait to share", 'cannot wait to share', "can't wait until we can share", "can't wait to tell you",
  'when everyone finds out', 'once everyone finds out', "you'll all find out", "you'll find out soon", 'find out soon',
  "can't wait for everyone to find out", 'wait till you see', 'wait until you see',
  'exciting news coming', 'big things coming', 'get ready for', "you'll see soon", 'you will see soon', 'wait and see',
  'you heard it here first', 'heard it here first', 'guess which', 'guess what', 'spoiler alert', 'spoiler',
];

/** What an insider says the government will do. */
export const POLICY_ACTIONS_EN = [
  'cut', 'cuts', 'cutting', 'close', 'closes', 'closing', 'closed', 'closure', 'merge', 'merging', 'merged', 'lay off',
  'laying off', 'layoffs', 'eliminate', 'eliminating', 'freeze', 'freezing', 'cancel', 'cancelling', 'canceling',
  'scrap', 'scrapping', 'end', 'ending', 'privatize', 'privatizing', 'consolidate', 'consolidating', 'restructure',
  'restructuring', 'announce', 'announcing', 'fund', 'funding', 'relocate', 'relocating', 'move', 'moving', 'sell',
  'selling', 'outsource', 'outsourcing', 'reduce', 'reducing', 'increase', 'increasing', 'raise', 'raising', 'expand',
  'expanding', 'shut', 'shutting', 'axe', 'axing', 'slash', 'slashing', 'downsize', 'downsizing', 'centralize',
  'delay', 'delaying', 'pause', 'pausing', 'drop', 'dropping', 'kill', 'killing', 'approve', 'approved', 'reject',
  'rejected', 'ban', 'banning', 'introduce', 'introducing', 'launch', 'launching', 'reverse', 'reversing', 'require',
  'requiring', 'mandate', 'force', 'phase out', 'wind down', 'sunset', 'replace', 'replacing', 'hire', 'hiring',
  'merged', 'eliminated', 'frozen', 'cancelled', 'canceled', 'scrapped', 'ended', 'privatized', 'consolidated',
  'restructured', 'relocated', 'moved', 'sold', 'outsourced', 'reduced', 'increased', 'raised', 'expanded', 'axed',
  'slashed', 'downsized', 'centralized', 'delayed', 'paused', 'dropped', 'killed', 'banned', 'introduced', 'launched',
  'reversed', 'replaced', 'boost', 'boosted', 'bump', 'overhaul', 'overhauled', 'revamp', 'revamped', 'shake-up',
  'shakeup', 'change', 'changes', 'changing', 'changed', 'resign', 'resigning', 'fired', 'firing', 'leaving', 'retiring',
  'shuffle', 'extend', 'extending', 'extended', 'renew', 'renewed', 'not renewing', 'back in the office', 'back to the office',
  'days a week', 'going away', 'lose', 'losing',
];

/** Future or plan markers around an insider claim. */
export const FUTURE_MARKERS_EN = [
  'will', "'ll", 'going to', 'gonna', 'plans to', 'planning to', 'is planning', 'about to', 'wants to', 'considering',
  'looking at', 'set to', 'expected to', 'next week', 'next month', 'next year', 'soon', 'this fall', 'this spring',
  'in the fall', 'in the spring', 'by the end of', 'coming', 'upcoming',
];
