// Starts the translation editor when the page holds one, and stops it when Blazor's enhanced
// navigation swaps it out. Like the edit page, its code is a separate chunk the read view never
// downloads.
let session = null;
let sessionRoot = null;

export async function mountTranslatePage(document) {
  const root = document.querySelector("[data-charter-translator]");
  if (session && sessionRoot !== root) {
    const stopping = session;
    session = null;
    sessionRoot = null;
    await stopping.destroy();
  }
  if (root && !sessionRoot) {
    sessionRoot = root;
    const { startTranslateSession } = await import("./translateSession.js");
    session = await startTranslateSession(root);
  }
}
