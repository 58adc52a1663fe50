// CSS `zoom` on the page (or on the box) scales lengths twice if we are not careful: client rects
// are viewport pixels, zoom applied, while a length set on an element is multiplied again by that
// element's effective zoom. Dividing a measured distance by it gives the length to set.

/** The effective CSS zoom of `element`, its ancestors' included (1 where the browser predates
 * `currentCSSZoom`). */
export function effectiveZoom(element: Element): number {
  const zoom = (element as Partial<Pick<Element, 'currentCSSZoom'>>).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}
