// The translation editor: the charter's Y.Doc in this browser, kept in IndexedDB and synced with
// the server through the same provider as the edit page, rendered as source and translation side
// by side. Starting and confirming a translation are asked of the server, which applies them to
// the live document; they then arrive here like anyone's edit.
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { Awareness } from "y-protocols/awareness";
import { CharterProvider } from "./provider.js";
import { TranslationView } from "./translationView.js";
import { loadIdentity, awarenessUser } from "./identity.js";
import { localizer } from "./localizer.js";

// Must match TranslationEndpoints.RequestHeader on the server.
const REQUEST_HEADER = "X-Charter-Request";

/** @param {HTMLElement} root the element marked data-charter-translator */
export async function startTranslateSession(root) {
  const charter = root.dataset.charter;
  const language = root.dataset.language;
  const text = localizer(JSON.parse(root.dataset.strings ?? "{}"));

  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const identity = loadIdentity(text("Edit.People.DefaultName", doc.clientID % 1000));
  awareness.setLocalState({ user: awarenessUser(identity), clause: null });
  root.addEventListener("focusin", (event) => {
    const place = event.target instanceof Element ? event.target.closest("[data-place]")?.dataset.place : null;
    if (place && awareness.getLocalState()?.clause !== place) {
      awareness.setLocalStateField("clause", place);
    }
  });

  const store = new IndexeddbPersistence(`charter:${charter}`, doc);
  await store.whenSynced;

  const request = async (clauseId, action) => {
    const path = `/charters/${encodeURIComponent(charter)}/translations/${encodeURIComponent(language)}/${encodeURIComponent(clauseId)}/${action}`;
    const response = await fetch(path, { method: "POST", headers: { [REQUEST_HEADER]: "1" } });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problem?.detail ?? `${response.status} ${response.statusText}`);
    }
  };
  const view = new TranslationView(root.querySelector('[data-role="rows"]'), doc, awareness, { language, text, request });

  const provider = new CharterProvider(charter, doc, awareness);
  const badge = root.querySelector('[data-role="status"]');
  const showStatus = () => {
    badge.dataset.syncStatus = provider.status.value;
    badge.textContent = text(`Edit.Status.${provider.status.value}`);
  };
  provider.status.addEventListener("change", showStatus);
  showStatus();
  provider.connect();

  return {
    doc,
    provider,
    async destroy() {
      await provider.destroy();
      view.destroy();
      awareness.destroy();
      await store.destroy();
      doc.destroy();
    },
  };
}
