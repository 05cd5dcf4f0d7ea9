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

// Each editor's accessible name, in its own compartment: a clause's ("Title of article 3") changes
// whenever clauses are added, moved or deleted before it.
const labels = new WeakMap();

function labelled(label) {
  return EditorView.contentAttributes.of({ "aria-label": label });
}

/** Gives an editor from createTextEditor a new accessible name. */
export function setEditorLabel(view, label) {
  view.dispatch({ effects: labels.get(view).reconfigure(labelled(label)) });
}

// The deepest text of a charter is four types below a root: clauses → clause → translations →
// language → text (docs/COLLABORATION.md, "What an update may change"). The server refuses
// anything deeper; a hostile document is still never recursed into here.
export const MAX_CHARTER_DEPTH = 4;

/**
 * Whether `type` is a Y.Text where the charter's layout can hold one: walks up at most
 * MAX_CHARTER_DEPTH + 1 parents, iteratively, so a deeply nested document costs nothing.
 * @param {any} type
 */
export function isCharterText(type) {
  if (!(type instanceof Y.Text)) {
    return false;
  }
  let depth = 0;
  for (let item = type._item; item !== null; item = item.parent?._item ?? null) {
    if (++depth > MAX_CHARTER_DEPTH || item.deleted) {
      return false;
    }
  }
  return true;
}

/**
 * @param {HTMLElement} parent
 * @param {Y.Text} ytext
 * @param {import("y-protocols/awareness").Awareness} awareness
 * @param {{ label: string, placeholder?: string, singleLine?: boolean, readOnly?: boolean }} options
 */
export function createTextEditor(parent, ytext, awareness, options) {
  if (!isCharterText(ytext)) {
    throw new Error(`Charter: refusing to edit "${options.label}": it is not a text where the charter's layout has one.`);
  }
  const label = new Compartment();
  const extensions = [
    editability.of(editable(options.readOnly ?? false)),
    yCollab(ytext, awareness, { undoManager: new Y.UndoManager(ytext) }),
    keymap.of([...yUndoManagerKeymap, ...longTextKeymap]),
    label.of(labelled(options.label)),
    EditorView.lineWrapping,
  ];
  if (options.singleLine) {
    extensions.push(singleLine);
  }
  if (options.placeholder) {
    extensions.push(placeholderText(options.placeholder));
  }
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: ytext.toString(), extensions }),
  });
  labels.set(view, label);
  return view;
}
