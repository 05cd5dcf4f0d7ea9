// One CodeMirror 6 editor bound to one Y.Text. Deliberately minimal for slow phones: no language
// mode (Markdown is edited as plain text), no gutters, few key bindings. Undo/redo come from a
// Y.UndoManager so they undo only this person's own edits, never someone else's.
import * as Y from "yjs";
import { Compartment, EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";

// Typing, deleting and arrow keys work natively in CodeMirror's contenteditable, but only over
// the lines it has rendered; jumping to either end of a long clause needs a command. Written
// here because @codemirror/commands would add ~25 KB for a phone to download.
const moveTo = (end, extend) => (view) => {
  const head = end ? view.state.doc.length : 0;
  const selection = extend ? EditorSelection.single(view.state.selection.main.anchor, head) : EditorSelection.cursor(head);
  view.dispatch({ selection, scrollIntoView: true, userEvent: "select" });
  return true;
};

const longTextKeymap = [
  { key: "Mod-Home", run: moveTo(false, false), shift: moveTo(false, true) },
  { key: "Mod-End", run: moveTo(true, false), shift: moveTo(true, true) },
];

// Titles are one line: a newline typed or pasted into one becomes a space.
const singleLine = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || !tr.newDoc.toString().includes("\n")) {
    return tr;
  }
  const changes = [];
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    changes.push({ from: fromA, to: toA, insert: inserted.toString().replace(/\r?\n/g, " ") });
  });
  return [{ changes, selection: tr.selection, scrollIntoView: tr.scrollIntoView }];
});

// Whether people may type: one compartment shared by every editor, so a person whose role stops
// allowing edits (or whose account is deactivated) can be switched to read-only in place.
const editability = new Compartment();

function editable(readOnly) {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}

/** Makes an editor from createTextEditor read-only, or editable again. */
export function setEditorReadOnly(view, readOnly) {
  view.dispatch({ effects: editability.reconfigure(editable(readOnly)) });
}

/**
 * @param {HTMLElement} parent
 * @param {Y.Text} ytext
 * @param {import("y-protocols/awareness").Awareness} awareness
 * @param {{ label: string, placeholder?: string, singleLine?: boolean, readOnly?: boolean }} options
 */
export function createTextEditor(parent, ytext, awareness, options) {
  const extensions = [
    editability.of(editable(options.readOnly ?? false)),
    yCollab(ytext, awareness, { undoManager: new Y.UndoManager(ytext) }),
    keymap.of([...yUndoManagerKeymap, ...longTextKeymap]),
    EditorView.contentAttributes.of({ "aria-label": options.label }),
    EditorView.lineWrapping,
  ];
  if (options.singleLine) {
    extensions.push(singleLine);
  }
  if (options.placeholder) {
    extensions.push(placeholderText(options.placeholder));
  }
  return new EditorView({
    parent,
    state: EditorState.create({ doc: ytext.toString(), extensions }),
  });
}
