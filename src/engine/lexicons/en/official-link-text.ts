// Link text that says nothing out of context: screen-reader users hear "click here" with no clue
// where it goes (WCAG 2.0, link purpose).
export const VAGUE_LINK_TEXT_EN = ['click here', 'click this link', 'click the link', 'tap here', 'click below', 'link here', 'more here'];
