// The edit page: one charter's Y.Doc in this browser, kept in IndexedDB (so edits made offline
// survive a reload) and synced with the server through the hub, rendered as editors.
//
// The page's server-rendered shell carries the charter's name and the UI strings in its language
// (data-charter, data-strings); everything below it is driven from the Doc.
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { Awareness } from "y-protocols/awareness";
import { CharterProvider } from "./provider.js";
import { CharterView } from "./charterView.js";
import { renderWhosHere } from "./whosHere.js";
import { loadIdentity, saveDisplayName, awarenessUser } from "./identity.js";
import { localizer } from "./localizer.js";

/** @param {HTMLElement} root the element marked data-charter-editor */
export async function startEditSession(root) {
  const charter = root.dataset.charter;
  const text = localizer(JSON.parse(root.dataset.strings ?? "{}"));
  const part = (role) => root.querySelector(`[data-role="${role}"]`);

  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  // Signed-in people appear under their profile's name and colour; the page carries them.
  const identity = root.dataset.displayName
    ? { name: root.dataset.displayName, colour: root.dataset.colour }
    : loadIdentity(text("Edit.People.DefaultName", doc.clientID % 1000));
  awareness.setLocalState({ user: awarenessUser(identity), clause: null });

  const nameInput = part("display-name");
  nameInput.value = identity.name;
  nameInput.addEventListener("change", () => {
    const name = nameInput.value.trim();
    if (name) {
      saveDisplayName(name);
      awareness.setLocalStateField("user", awarenessUser({ ...identity, name }));
    }
  });

  // Which part of the charter this person is in, for everyone's "Who's here" list.
  root.addEventListener("focusin", (event) => {
    const place = event.target instanceof Element ? event.target.closest("[data-place]")?.dataset.place : null;
    if (place && awareness.getLocalState()?.clause !== place) {
      awareness.setLocalStateField("clause", place);
    }
  });

  const store = new IndexeddbPersistence(`charter:${charter}`, doc);
  await store.whenSynced;

  const view = new CharterView({ header: part("header"), items: part("items"), toc: part("toc") }, doc, awareness, text);
  const people = part("people");
  const refreshPeople = () => renderWhosHere(people, awareness, doc, text);
  awareness.on("change", refreshPeople);
  view.onRender(refreshPeople);
  refreshPeople();

  const readOnlyNotice = part("read-only-notice");
  const becomeReadOnly = () => {
    view.setReadOnly(true);
    if (readOnlyNotice) {
      readOnlyNotice.hidden = false;
    }
  };
  if (root.dataset.canEdit === "false") {
    becomeReadOnly();
  }

  const provider = new CharterProvider(charter, doc, awareness);
  provider.onReadOnly(becomeReadOnly);
  const badge = part("status");
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
