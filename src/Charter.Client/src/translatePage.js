// Mounts the translation editor's session (translateSession.js) on pages that hold one.
import { sessionMount } from "./sessionMount.js";

export const mountTranslatePage = sessionMount(
  "[data-charter-translator]",
  async () => (await import("./translateSession.js")).startTranslateSession);
