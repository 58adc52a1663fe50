// Pictures and videos in a post need a text alternative: alt text for images, captions for video
// (AODA / WCAG 2.0 text alternatives and captions, required of official accounts).

/** Media words. */
export const MEDIA_IMAGE_EN = [
  'photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'infographic', 'infographics', 'graph',
  'graphs', 'chart', 'charts', 'map', 'maps', 'screenshot', 'screenshots', 'poster', 'illustration', 'diagram',
  'snapshot', 'gallery', 'carousel', 'slideshow', 'meme', 'gif', 'selfie', 'photo album',
];
export const MEDIA_VIDEO_EN = ['video', 'videos', 'clip', 'clips', 'reel', 'reels', 'livestream', 'live stream', 'footage', 'animation', 'vlog'];

/** Pointing at attached media: "see the photo", "watch our video", "in this picture". */
export const MEDIA_POINTERS_EN = [
  'see the', 'see our', 'see this', 'see these', 'see my', 'watch the', 'watch our', 'watch this', 'watch my',
  'view the', 'view our', 'check out the', 'check out our', 'check out this', 'check out these', 'look at the',
  'look at this', 'look at these', 'look at our', 'in the', 'in this', 'in these', 'in our', 'on the', 'this', 'these',
  'our new', 'our', 'here is our', "here's our", 'here is the', "here's the", 'here are', 'swipe through the',
  'swipe to see', 'enjoy this', 'enjoy these', 'new',
];

/** Pointers after the media word: "photo below", "video attached", "photo:". */
export const MEDIA_AFTER_EN = ['below', 'above', 'attached', 'of the day', 'credit', 'credits', 'by'];

/** Standalone picture markers. */
export const MEDIA_MARKERS_EN = ['pictured', 'pictured here', 'pictured above', 'pictured below', 'photographed', '(photo)', '[photo]', '(video)', '[video]'];

/** Uses of media words that do not point at an attachment. */
export const NOT_MEDIA_EN = [
  'photo id', 'photo identification', 'photo radar', 'photo card', 'photo contest', 'big picture', 'picture this',
  'video call', 'video calls', 'video conference', 'video game', 'video games', 'map out', 'on the map', 'chart a',
  'chart the', 'image of the public service', 'our image', 'video chat', 'pic of the week',
  // A poster on site, not a picture in the post: "look for the poster at the counter".
  'look for the poster', 'watch for the poster', 'poster at the counter', 'poster at the entrance', 'poster on the door',
];

/** Signs that a text alternative is given. */
export const ALT_TEXT_CUES_EN = [
  'alt', 'alt text', 'alt-text', 'alttext', 'image description', 'image described', 'photo description',
  'description:', 'described', 'described video', 'audio description', 'id:', 'captions', 'captioned',
  'closed captions', 'closed captioning', 'subtitles', 'subtitled', 'transcript', 'cc', '[cc]', '(cc)',
  'text version', 'accessible version', 'text alternative',
];

/**
 * Notes that the text alternative is missing or only promised ("[video — no captions]", "captions
 * to follow"): they name the alternative without giving it, so they count as no alternative.
 */
export const MISSING_ALT_TEXT_EN = [
  'no alt text', 'no alt-text', 'without alt text', 'missing alt text', 'alt text to follow', 'alt text to come',
  'alt text coming', 'no image description', 'without an image description', 'no captions', 'no caption',
  'without captions', 'without caption', 'not captioned', 'uncaptioned', 'captions to follow', 'captions to come',
  'captions coming', 'captions coming soon', 'captions will follow', 'captions will be added', 'captions pending',
  'captions later', 'no subtitles', 'without subtitles', 'subtitles to follow', 'subtitles coming', 'no transcript',
  'transcript to follow', 'transcript coming',
];
