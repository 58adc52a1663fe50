// Inviting replies on an official channel: the public should find the Social Media Terms of Use
// (ontario.ca/social) that say how comments are moderated and what not to share.
export const REPLY_INVITATIONS_EN = [
  'reply below', 'reply with', 'reply to this', 'reply here', 'replies below', 'tell us in the comments',
  'let us know in the comments', 'in the comments', 'comment below', 'comments below', 'leave a comment',
  'drop a comment', 'share in the comments', 'let us know below', 'tell us below', 'share below', 'drop your questions',
  'ask us your questions', 'ask us anything', 'ask your questions below', 'send us a dm', 'send us a message',
  'dm us', 'message us', 'slide into our dms', 'tag us', 'tag a friend', 'share your photos with us',
  'share your stories with us', 'share your story with us', 'share your thoughts', 'tell us what you think',
  'we want to hear from you', "we'd love to hear from you", 'we would love to hear from you', 'what do you think',
  'questions? reply', 'join the conversation', 'tweet us', 'mention us', 'ask us below', 'ask us here', 'ask away',
  'tell us your', 'tell us what', 'tell us which', 'tell us how', 'tell us where', 'tell us about', 'tell us in',
  'in the replies', 'share your pics', 'share your pictures', 'share your photos', 'share your favourite',
  'share your favorite', 'share your best', 'share your tips', 'share your ideas', 'show us your',
  'let us know your', 'let us know what', 'let us know which', 'let us know how', 'let us know in',
  'post your photos', 'post your pics', 'comment with', 'reply with your', 'drop a photo',
  'tag us in', "what's your favourite", 'what is your favourite', "what's your favorite", 'what is your favorite',
  'which is your favourite', 'which is your favorite',
];

/** Signs that the Terms of Use are linked or named. */
export const TERMS_OF_USE_EN = ['ontario.ca/social', 'terms of use', 'ontario.ca/page/social-media'];
