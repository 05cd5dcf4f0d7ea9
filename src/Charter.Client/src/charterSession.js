// What the edit page and the translation editor share when they start: the charter's Y.Doc in this
// browser, kept in IndexedDB (so edits made offline survive a reload) and synced with the server
// through the hub; this person's presence (awareness) with their name, colour and the place they
// are working in; and the "saved / saving / offline" badge. Each page adds only its own view.
//
// The page's server-rendered shell carries the charter's name and the UI strings in its language
// (data-charter, data-strings), the person's name and colour (data-display-name, data-colour), and
// data-can-edit="false" for someone who may only follow along (their page never sends updates);
// everything below it is driven from the Doc.
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { Awareness } from "y-protocols/awareness";
import { CharterProvider } from "./provider.js";
import { signedInIdentity, awarenessUser } from "./identity.js";
import { localizer } from "./localizer.js";
import { CANNOT_BE_RESENT_CODES } from "./refusal.js";
import { rememberHeldCopy } from "./heldCopy.js";

/**
 * @typedef {{ doc: Y.Doc, awareness: Awareness, provider: CharterProvider, identity: { name: string, colour: string },
 *   text: (key: string, ...args: any[]) => string, part: (role: string) => HTMLElement | null }} SessionParts
 */

/**
 * Starts the shared parts, lets the page build its view (from the page's first state at once, or
 * else once the stored Doc is loaded; always before the provider connects, so the view sees every
 * update that arrives), then connects.
 * @param {HTMLElement} root the page's shell element
 * @param {(parts: SessionParts) => { destroy(): void }} createView
 */
export async function startCharterSession(root, createView) {
  const charter = root.dataset.charter;
  const text = localizer(JSON.parse(root.dataset.strings ?? "{}"));
  const part = (role) => root.querySelector(`[data-role="${role}"]`);

  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const identity = signedInIdentity(root);
  awareness.setLocalState({ user: awarenessUser(identity), clause: null });

  // Which part of the charter this person is in, for everyone's "Who's here" list.
  root.addEventListener("focusin", (event) => {
    const place = event.target instanceof Element ? event.target.closest("[data-place]")?.dataset.place : null;
    if (place && awareness.getLocalState()?.clause !== place) {
      awareness.setLocalStateField("clause", place);
    }
  });

  // A page that carries the Doc as the server has it (data-first-state, the edit page) shows it at
  // once; the copy in IndexedDB (edits made offline) and then the hub's news merge in as updates.
  // Without it (the translation page, or a repeat visit to the edit page: see heldCopy.js) the
  // view waits for IndexedDB, so it starts from this browser's copy.
  const firstState = root.dataset.firstState;
  if (firstState) {
    Y.applyUpdate(doc, base64Bytes(firstState), "page");
  }
  const provider = new CharterProvider(charter, doc, awareness);
  if (root.dataset.canEdit === "false") {
    provider.setReadOnly("role");
  }
  const store = new IndexeddbPersistence(`charter:${charter}`, doc);
  const viewParts = { doc, awareness, provider, identity, text, part };
  const earlyView = firstState ? createView(viewParts) : null;
  await store.whenSynced;
  // IndexedDB now holds the Doc: y-indexeddb stores the state it found in the Doc (the page's)
  // beside its own before it reports synced. A page without the state that found no copy starts
  // empty and gets everything from the join; the next visit should carry the state again.
  rememberHeldCopy(charter, Boolean(firstState) || doc.store.clients.size > 0);
  // Before the provider connects, so the view sees every update that arrives.
  const view = earlyView ?? createView(viewParts);

  const badge = part("status");
  const discard = part("discard");
  const showStatus = () => {
    const { value, reason } = provider.status;
    badge.dataset.syncStatus = value;
    badge.textContent = reason
      ? text("Edit.Status.notSaved", text(`Edit.Refused.${reason.code}`, reason.detail ?? ""))
      : text(`Edit.Status.${value}`);
    if (discard) {
      discard.hidden = !(reason && CANNOT_BE_RESENT_CODES.has(reason.code));
    }
  };
  // Changes the server refuses for what they are (not for who sent them) would be refused again
  // after every reload, because IndexedDB keeps them and the join resends them. The only way back
  // to saving is to drop this browser's copy and start again from the server's.
  discard?.addEventListener("click", async () => {
    discard.disabled = true;
    await provider.destroy();
    await store.clearData();
    rememberHeldCopy(charter, false);
    window.location.reload();
  });
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

function base64Bytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
