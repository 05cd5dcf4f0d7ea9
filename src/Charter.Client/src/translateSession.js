// The translation editor: the charter's shared session (charterSession.js) rendered as source and
// translation side by side. Starting and confirming a translation are asked of the server, which
// applies them to the live document; they then arrive here like anyone's edit.
import { startCharterSession } from "./charterSession.js";
import { TranslationView } from "./translationView.js";

// Must match TranslationEndpoints.RequestHeader on the server.
const REQUEST_HEADER = "X-Charter-Request";

/** @param {HTMLElement} root the element marked data-charter-translator */
export function startTranslateSession(root) {
  const charter = root.dataset.charter;
  const language = root.dataset.language;
  /** @param {string} entryId a clause id, a part id, or "meta" (the title and preamble) */
  const request = async (entryId, action) => {
    const path = `/charters/${encodeURIComponent(charter)}/translations/${encodeURIComponent(language)}/${encodeURIComponent(entryId)}/${action}`;
    const response = await fetch(path, { method: "POST", headers: { [REQUEST_HEADER]: "1" } });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problem?.detail ?? `${response.status} ${response.statusText}`);
    }
  };
  return startCharterSession(root, ({ doc, awareness, text, part }) =>
    new TranslationView(part("rows"), doc, awareness, { language, text, request }));
}
