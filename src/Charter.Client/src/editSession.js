// The edit page: the charter's shared session (charterSession.js) rendered as editors, with the
// "Who's here" list and the read-only mode for observers.
import { startCharterSession } from "./charterSession.js";
import { CharterView } from "./charterView.js";
import { renderWhosHere } from "./whosHere.js";

/** @param {HTMLElement} root the element marked data-charter-editor */
export function startEditSession(root) {
  return startCharterSession(root, ({ doc, awareness, provider, text, part }) => {
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
    provider.onReadOnly(becomeReadOnly);
    return view;
  });
}
