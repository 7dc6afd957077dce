/**
 * A ResizeObserver of the window whose document holds `node`, or none where there is none (a server
 * renderer). Another window's (a widget in a same-origin preview frame) would watch it out of step
 * with that frame's layout, and report a "ResizeObserver loop" error to the page.
 */
export const resizeObserverFor = (node: Node, callback: ResizeObserverCallback): ResizeObserver | undefined => {
  // Else the global one: a test's stub, or a polyfill, where the document's window is not the global object (jsdom).
  const Observer = node.ownerDocument?.defaultView?.ResizeObserver ?? globalThis.ResizeObserver;
  return Observer && new Observer(callback);
};
