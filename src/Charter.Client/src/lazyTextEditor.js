// Text editors built when they are needed rather than all at once. A charter has about a hundred
// (a title and a body per clause); building them in one go is one long task (about 0.7 s on a
// slow phone) before the first can take a key. Each starts as a light stand-in that shows its text;
// the ones on screen become real editors (textEditor.js) at the next frame, and the rest follow in
// small slices while the browser is idle, in page order, so the page answers input throughout.
// A stand-in that is focused, clicked or asked to focus becomes its editor at once.
//
// Same interface as textEditor.js (createTextEditor, setEditorReadOnly, setEditorLabel; the editor has focus()
// and destroy()), so a view can use either.
import { createTextEditor as buildTextEditor, setEditorLabel as setBuiltLabel, setEditorReadOnly as setBuiltReadOnly } from "./textEditor.js";

// Time one idle slice may take before it yields to input and rendering.
const SLICE_MS = 12;

/** @type {Set<LazyTextEditor>} stand-ins not yet built, in creation (page) order */
const waiting = new Set();
let observer = null;
let sliceQueued = false;

class LazyTextEditor {
  constructor(parent, ytext, awareness, options) {
    this._parent = parent;
    this._ytext = ytext;
    this._awareness = awareness;
    this._options = { ...options };
    this._view = null;

    const standIn = document.createElement("div");
    standIn.className = "text-editor-stand-in";
    standIn.tabIndex = 0;
    standIn.setAttribute("role", "textbox");
    standIn.setAttribute("aria-label", options.label);
    standIn.style.whiteSpace = "pre-wrap";
    standIn.style.minHeight = "1.5em";
    standIn.textContent = ytext.toString();
    this._showText = () => {
      standIn.textContent = ytext.toString();
    };
    ytext.observe(this._showText);
    const buildAndFocus = () => this.focus();
    standIn.addEventListener("focus", buildAndFocus);
    standIn.addEventListener("pointerdown", buildAndFocus);
    parent.append(standIn);
    this._standIn = standIn;

    waiting.add(this);
    visibility().observe(standIn);
    queueSlice();
  }

  /** Builds the real editor in the stand-in's place; does nothing when built already. */
  build() {
    if (this._view) {
      return this._view;
    }
    waiting.delete(this);
    observer?.unobserve(this._standIn);
    this._ytext.unobserve(this._showText);
    this._standIn.remove();
    this._view = buildTextEditor(this._parent, this._ytext, this._awareness, this._options);
    return this._view;
  }

  focus() {
    this.build().focus();
  }

  setReadOnly(readOnly) {
    this._options.readOnly = readOnly;
    if (this._view) {
      setBuiltReadOnly(this._view, readOnly);
    } else {
      this._standIn.setAttribute("aria-readonly", readOnly ? "true" : "false");
    }
  }

  setLabel(label) {
    if (this._options.label === label) {
      return;
    }
    this._options.label = label;
    if (this._view) {
      setBuiltLabel(this._view, label);
    } else {
      this._standIn.setAttribute("aria-label", label);
    }
  }

  destroy() {
    if (this._view) {
      this._view.destroy();
      return;
    }
    waiting.delete(this);
    observer?.unobserve(this._standIn);
    this._ytext.unobserve(this._showText);
    this._standIn.remove();
  }
}

function visibility() {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        [...waiting].find((editor) => editor._standIn === entry.target)?.build();
      }
    }
  });
  return observer;
}

function queueSlice() {
  if (sliceQueued) {
    return;
  }
  sliceQueued = true;
  // A page that is never idle (a slow phone still busy with the first sync) gets its slices anyway.
  if (window.requestIdleCallback) {
    window.requestIdleCallback(buildSlice, { timeout: 100 });
  } else {
    setTimeout(() => buildSlice({ timeRemaining: () => SLICE_MS }), 1);
  }
}

function buildSlice(deadline) {
  sliceQueued = false;
  const until = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 1));
  let built = 0;
  for (const editor of waiting) {
    // Stand-ins not in the page (yet) wait for a later slice.
    if (editor._standIn.isConnected) {
      editor.build();
      built++;
    }
    if (performance.now() >= until) {
      break;
    }
  }
  if (waiting.size > 0) {
    // Only stand-ins outside the page are left: look again later rather than spin.
    setTimeout(queueSlice, built > 0 ? 0 : 250);
  }
}

/**
 * @param {HTMLElement} parent
 * @param {import("yjs").Text} ytext
 * @param {import("y-protocols/awareness").Awareness} awareness
 * @param {{ label: string, placeholder?: string, singleLine?: boolean, readOnly?: boolean }} options
 */
export function createTextEditor(parent, ytext, awareness, options) {
  return new LazyTextEditor(parent, ytext, awareness, options);
}

/** Gives an editor from createTextEditor a new accessible name, built or not. */
export function setEditorLabel(editor, label) {
  editor.setLabel(label);
}

/** Makes an editor from createTextEditor read-only, or editable again, built or not. */
export function setEditorReadOnly(editor, readOnly) {
  editor.setReadOnly(readOnly);
}
