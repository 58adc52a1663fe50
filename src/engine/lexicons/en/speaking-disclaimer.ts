// Personal opinions on work topics, and the disclaimers that mark them as personal (English).

export const OPINION_MARKERS_EN = [
  'i think', 'i believe', 'in my opinion', 'imo', 'imho', 'in my view', 'personally', 'my take', 'i feel', 'hot take',
  'unpopular opinion', 'my two cents', 'i would argue', "i'd argue", 'if you ask me', 'my view is', 'my opinion',
  'i disagree', 'i agree with', "i'm not convinced", 'i am not convinced', 'i wish the', 'frankly', 'honestly',
  "i'm convinced", 'the way i see it', 'my hope is', 'i worry', "i'm worried", 'i love that', 'i hate that',
];

export const DISCLAIMERS_EN = [
  'views are my own', 'views my own', 'views are mine', 'opinions are my own', 'opinions my own', 'opinions are mine',
  'my own views', 'my own opinions', 'personal views', 'personal opinions', 'personal opinion', 'views expressed are',
  'do not reflect', "don't reflect", 'does not reflect', "doesn't reflect", 'not the views of', 'not those of my employer',
  'tweets are my own', 'posts are my own', 'thoughts are my own', 'rts are not endorsements', 'not an endorsement',
  'speaking for myself', 'speaking only for myself', 'wearing my personal hat', 'in a personal capacity',
];

/** Work topics beyond the government words shared with the confidential rules. */
export const WORK_TOPICS_EN = [
  'public sector', 'open government', 'open data', 'digital government', 'digital service', 'service delivery',
  'service design', 'our work', 'my work', 'my field', 'my sector', 'the program', 'the programs', 'this program',
  'procurement', 'regulatory', 'red tape', 'permits', 'licensing', 'inspections', 'bureaucracy', 'civil service',
  'public servants', 'the ops', 'policy makers', 'policymakers', 'policy work', 'evidence-based',
];
