// Words that carry grammar rather than meaning: articles, pronouns, auxiliaries, conjunctions,
// prepositions. The learned rules' messages do not name them as "the words that weigh most" (they
// may weigh, but "but" or "the" tells the writer nothing to look at).

/** English function words, lower case (the learned model's plain view). */
export const FUNCTION_WORDS_EN = [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by',
  'about', 'as', 'into', 'onto', 'over', 'under', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its', 'i', 'me', 'my', 'mine', 'we',
  'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their',
  'theirs', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'just', 'also', 'all', 'any',
  'some', 'very', 'too', 'up', 'out', 'off', 'im', 'ive', 'its', 'dont', 'didnt', 'isnt', 'were', 'thats', 'theres',
];
