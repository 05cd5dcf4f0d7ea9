// Starts a page's live session when the page holds its shell, and stops it when Blazor's enhanced
// navigation swaps the shell out. The session's code is a separate chunk, loaded on first use, so
// the read view never downloads it.

/**
 * @param {string} selector the shell element's selector, e.g. "[data-charter-editor]"
 * @param {() => Promise<(root: HTMLElement) => Promise<{ destroy(): Promise<void> }>>} loadStart
 * @returns {(document: Document) => Promise<void>} mounts or unmounts for the document as it is now
 */
export function sessionMount(selector, loadStart) {
  let session = null;
  let sessionRoot = null;
  return async (document) => {
    const root = document.querySelector(selector);
    if (session && sessionRoot !== root) {
      const stopping = session;
      session = null;
      sessionRoot = null;
      await stopping.destroy();
    }
    if (root && !sessionRoot) {
      sessionRoot = root;
      const start = await loadStart();
      session = await start(root);
    }
  };
}
