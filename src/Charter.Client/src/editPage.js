// Starts the edit session when the page holds an editor, and stops it when Blazor's enhanced
// navigation swaps the editor out. The editor code is a separate chunk: the read view never
// downloads it.
let session = null;
let sessionRoot = null;

export async function mountEditPage(document) {
  const root = document.querySelector("[data-charter-editor]");
  if (session && sessionRoot !== root) {
    const stopping = session;
    session = null;
    sessionRoot = null;
    await stopping.destroy();
  }
  if (root && !sessionRoot) {
    sessionRoot = root;
    const { startEditSession } = await import("./editSession.js");
    session = await startEditSession(root);
  }
}
