// Mounts the edit page's session (editSession.js) on pages that hold an editor.
import { sessionMount } from "./sessionMount.js";

export const mountEditPage = sessionMount(
  "[data-charter-editor]",
  async () => (await import("./editSession.js")).startEditSession);
