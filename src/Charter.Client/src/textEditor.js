// One CodeMirror 6 editor bound to one Y.Text. Deliberately minimal for slow phones: no language
// mode (Markdown is edited as plain text), no gutters; undo/redo come from a Y.UndoManager so they
// undo only this person's own edits, never someone else's.
import * as Y from "yjs";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";

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

/**
 * @param {HTMLElement} parent
 * @param {Y.Text} ytext
 * @param {import("y-protocols/awareness").Awareness} awareness
 * @param {{ label: string, placeholder?: string, singleLine?: boolean }} options
 */
export function createTextEditor(parent, ytext, awareness, options) {
  const extensions = [
    yCollab(ytext, awareness, { undoManager: new Y.UndoManager(ytext) }),
    keymap.of(yUndoManagerKeymap),
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
