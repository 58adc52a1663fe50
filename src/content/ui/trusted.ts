// Our UI sits in an open shadow root, so a page script can reach its buttons and call .click() on
// them; only the user can make a trusted event. The actions that change the draft, dismiss a
// finding, write settings or let a post through run for trusted events only (a mouse click, a key
// on a focused button, an assistive technology's activation are all trusted).
export function ifTrusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
