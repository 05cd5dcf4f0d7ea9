// Renders a charter's Y.Doc as an editable page and keeps it current. This is the one place that
// turns the Doc's structure (`order`, `parts`, `clauses`) into DOM, so numbering and the table of
// contents follow every change, local or remote, the same way.
//
// Elements are kept per id and moved rather than rebuilt, so a person typing in a clause keeps
// their editor while others add, move or delete clauses around it; moving an element in the DOM
// drops its focus, so render() gives focus back to whatever held it.
import {
  visibleOrder,
  isClauseId,
  articleNumbers,
  addClauseAfter,
  moveClause,
  moveClauseTo,
  deleteClause,
} from "./charterStructure.js";
import { createTextEditor, setEditorLabel, setEditorReadOnly } from "./lazyTextEditor.js";
import { isCharterText } from "./textEditor.js";
import { readClauseActivity, showClauseActivity } from "./clauseActivity.js";
import * as Y from "yjs";

const DRAG_TYPE = "application/x-charter-clause";

export class CharterView {
  /**
   * @param {{ header: HTMLElement, items: HTMLElement, toc: HTMLElement }} targets
   * @param {import("yjs").Doc} doc
   * @param {import("y-protocols/awareness").Awareness} awareness
   * @param {(key: string, ...args: any[]) => string} text
   */
  constructor(targets, doc, awareness, text) {
    this._targets = targets;
    this._doc = doc;
    this._awareness = awareness;
    this._text = text;
    /** @type {Map<string, { element: HTMLElement, content: any, editors: any[], unobserve: () => void }>} */
    this._items = new Map();
    this._header = null;
    this._listeners = new Set();
    this._readOnly = false;
    // Per clause id, what is open on it in words, rendered by the server for this person.
    this._activity = readClauseActivity(targets.items.closest("[data-charter-editor]"));

    this._render = () => this.render();
    for (const name of ["order", "clauses", "parts", "meta"]) {
      const type = name === "order" ? doc.getArray(name) : doc.getMap(name);
      type.observe(this._render);
    }
    this.render();
  }

  /** Called after every render, e.g. to refresh the people list's article numbers. */
  onRender(listener) {
    this._listeners.add(listener);
  }

  /**
   * Read-only: every editor stops taking input and the structure buttons disappear (the server
   * refuses such changes anyway; this keeps the page honest about it).
   */
  setReadOnly(readOnly) {
    this._readOnly = readOnly;
    this._header?.editors.forEach((editor) => setEditorReadOnly(editor, readOnly));
    for (const item of this._items.values()) {
      item.editors.forEach((editor) => setEditorReadOnly(editor, readOnly));
    }
    this._targets.items.closest("[data-charter-editor]")?.setAttribute("data-read-only", readOnly ? "true" : "false");
  }

  destroy() {
    for (const name of ["order", "clauses", "parts", "meta"]) {
      const type = name === "order" ? this._doc.getArray(name) : this._doc.getMap(name);
      type.unobserve(this._render);
    }
    for (const id of [...this._items.keys()]) {
      this._removeItem(id);
    }
    this._header?.editors.forEach((editor) => editor.destroy());
  }

  render() {
    this._renderHeader();
    // An entry that is not the map the layout describes (a hostile or broken document) is left
    // out rather than rendered: nothing below it is walked.
    const ids = visibleOrder(this._doc).filter((id) => this._isRenderable(id));
    const wanted = new Set(ids);
    for (const id of [...this._items.keys()]) {
      if (!wanted.has(id) || this._items.get(id).content !== this._contentOf(id)) {
        this._removeItem(id);
      }
    }
    const container = this._targets.items;
    const focused = container.contains(document.activeElement) ? document.activeElement : null;
    ids.forEach((id, index) => {
      const item = this._items.get(id) ?? this._createItem(id);
      if (container.children[index] !== item.element) {
        container.insertBefore(item.element, container.children[index] ?? null);
      }
    });
    if (focused?.isConnected && document.activeElement !== focused) {
      focused.focus({ preventScroll: true });
    }
    const numbers = articleNumbers(this._doc);
    for (const [id, number] of numbers) {
      this._items.get(id)?.number(number);
    }
    this._renderToc(ids, numbers);
    this._targets.items.closest("[data-charter-editor]")?.setAttribute("data-loaded", ids.length > 0 ? "true" : "false");
    this._listeners.forEach((listener) => listener());
  }

  _renderHeader() {
    const meta = this._doc.getMap("meta");
    const title = meta.get("title");
    const preamble = meta.get("preamble");
    if (!title || !preamble || (this._header && this._header.title === title && this._header.preamble === preamble)) {
      return;
    }
    this._header?.editors.forEach((editor) => editor.destroy());
    const titleHost = element("div", "charter-title-editor");
    titleHost.dataset.place = "title";
    const preambleHost = element("div", "preamble-editor");
    preambleHost.dataset.place = "preamble";
    const editors = [
      createTextEditor(titleHost, title, this._awareness, { readOnly: this._readOnly, label: this._text("Edit.Field.Title"), singleLine: true }),
      createTextEditor(preambleHost, preamble, this._awareness, { readOnly: this._readOnly, label: this._text("Edit.Field.Preamble") }),
    ];
    this._targets.header.replaceChildren(titleHost, preambleHost);
    this._header = { title, preamble, editors };
  }

  /** A part or clause renders only as a Y.Map directly under its root, whose texts are charter texts. */
  _isRenderable(id) {
    const content = this._contentOf(id);
    const keys = isClauseId(id) ? ["title", "body"] : ["title"];
    return content instanceof Y.Map && content._item?.parent?._item === null && keys.every((key) => isCharterText(content.get(key)));
  }

  _contentOf(id) {
    return (isClauseId(id) ? this._doc.getMap("clauses") : this._doc.getMap("parts")).get(id);
  }

  _createItem(id) {
    const content = this._contentOf(id);
    const item = isClauseId(id) ? this._createClause(id, content) : this._createPart(id, content);
    this._items.set(id, item);
    return item;
  }

  _createPart(id, part) {
    const section = element("section", "edit-part");
    section.id = id;
    section.dataset.place = id;
    const titleHost = element("div", "part-title-editor");
    const add = button("add-clause", this._text("Edit.AddClause"), () => this._focusNew(addClauseAfter(this._doc, id)));
    section.append(titleHost, element("div", "clause-actions", add));
    const editors = [createTextEditor(titleHost, part.get("title"), this._awareness, { readOnly: this._readOnly, label: this._text("Edit.Field.PartTitle"), singleLine: true })];
    this._acceptDrops(section, id);
    return { element: section, content: part, editors, unobserve: () => {}, number: () => {} };
  }

  _createClause(id, clause) {
    const article = element("article", "edit-clause");
    article.id = id;
    article.dataset.place = id;

    // Dragged by its handle (a span: Chromium never starts a drag from a button), so selecting
    // text in the editors still works. Keyboard and touch users have the move buttons.
    const handle = element("span", "drag-handle", "⠿");
    handle.draggable = true;
    handle.title = this._text("Edit.Drag");
    handle.setAttribute("aria-hidden", "true");
    handle.addEventListener("dragstart", (event) => {
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setDragImage(article, 0, 0);
      article.classList.add("is-dragging");
    });
    handle.addEventListener("dragend", () => article.classList.remove("is-dragging"));

    const header = element(
      "header",
      "clause-header",
      element("span", "article-number"),
      handle,
      button("move-up", "↑", (event) => this._move(id, -1, event.currentTarget)),
      button("move-down", "↓", (event) => this._move(id, 1, event.currentTarget)),
      button("delete-clause", this._text("Edit.Delete"), () => this._confirmDelete(id)),
    );
    const titleHost = element("div", "clause-title-editor");
    const bodyHost = element("div", "clause-body-editor");
    const add = button("add-clause", this._text("Edit.AddClause"), () => this._focusNew(addClauseAfter(this._doc, id)));
    // The clause's amendments and ballots live on its own page, named by the charter on the page root.
    const clausePage = element("a", "clause-governance", this._text("Edit.ClauseGovernance"));
    showClauseActivity(clausePage, this._activity[id]);
    clausePage.href = `charters/${encodeURIComponent(this._targets.items.closest("[data-charter]")?.dataset.charter ?? "")}/clauses/${id}`;
    // Its earlier texts, to read and restore (docs/HISTORY.md).
    const history = element("a", "clause-history", this._text("Edit.ClauseHistory"));
    history.href = `${clausePage.getAttribute("href")}/history`;
    article.append(header, titleHost, bodyHost, element("div", "clause-actions", add, clausePage, history));

    const title = clause.get("title");
    const editors = [
      createTextEditor(titleHost, title, this._awareness, { readOnly: this._readOnly, label: this._text("Edit.Field.ClauseTitle"), singleLine: true, placeholder: this._text("Edit.Untitled") }),
      createTextEditor(bodyHost, clause.get("body"), this._awareness, { readOnly: this._readOnly, label: this._text("Edit.Field.ClauseBody") }),
    ];
    const updateTocEntry = () => this._updateTocEntry(id);
    title.observe(updateTocEntry);
    this._acceptDrops(article, id);
    // Every control says which article it belongs to: a list of twenty "Clause title" fields or
    // "Move up" buttons tells a screen reader user nothing.
    // The three links and buttons under the clause keep their short visible text; a hidden
    // tail names the article, so twenty "Add a clause here" are twenty different controls.
    const addWhere = hiddenTail(add);
    const clausePageWhere = hiddenTail(clausePage, clausePage.firstChild);
    const historyWhere = hiddenTail(history);
    const number = (n) => {
      header.querySelector(".article-number").textContent = this._text("Edit.Article", n);
      addWhere.textContent = ` ${this._text("Edit.AddClause.Where", n)}`;
      clausePageWhere.textContent = ` ${this._text("Edit.ClauseGovernance.Where", n)}`;
      historyWhere.textContent = ` ${this._text("Edit.ClauseHistory.Where", n)}`;
      setEditorLabel(editors[0], this._text("Edit.Field.ClauseTitle", n));
      setEditorLabel(editors[1], this._text("Edit.Field.ClauseBody", n));
      labelButton(header.querySelector(".move-up"), this._text("Edit.MoveUp", n));
      labelButton(header.querySelector(".move-down"), this._text("Edit.MoveDown", n));
      labelButton(header.querySelector(".delete-clause"), this._text("Edit.DeleteArticle", n));
    };
    return { element: article, content: clause, editors, unobserve: () => title.unobserve(updateTocEntry), number };
  }

  /** Moves a clause by its button, which keeps focus and stays in view, so the keys can go on moving it. */
  _move(id, offset, control) {
    moveClause(this._doc, id, offset);
    control.focus();
    control.scrollIntoView({ block: "nearest" });
  }

  _removeItem(id) {
    const item = this._items.get(id);
    item.unobserve();
    item.editors.forEach((editor) => editor.destroy());
    item.element.remove();
    this._items.delete(id);
  }

  /** After a delete, focus goes to the same button on the clause that took its place (or the one before). */
  _confirmDelete(id) {
    const number = articleNumbers(this._doc).get(id);
    if (window.confirm(this._text("Edit.ConfirmDelete", number))) {
      const clauses = visibleOrder(this._doc).filter(isClauseId);
      const at = clauses.indexOf(id);
      const neighbour = clauses[at + 1] ?? clauses[at - 1];
      deleteClause(this._doc, id);
      this._items.get(neighbour)?.element.querySelector(".delete-clause")?.focus();
    }
  }

  _focusNew(id) {
    this._items.get(id)?.editors[0].focus();
  }

  _acceptDrops(target, id) {
    target.addEventListener("dragover", (event) => {
      if (event.dataTransfer.types.includes(DRAG_TYPE)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
      }
    });
    target.addEventListener("drop", (event) => {
      const dragged = event.dataTransfer.getData(DRAG_TYPE);
      if (!dragged) {
        return;
      }
      event.preventDefault();
      const box = target.getBoundingClientRect();
      const where = isClauseId(id) && event.clientY < box.top + box.height / 2 ? "before" : "after";
      moveClauseTo(this._doc, dragged, id, where);
    });
  }

  _renderToc(ids, numbers) {
    const entries = ids.filter(isClauseId).map((id) => {
      const link = document.createElement("a");
      link.href = `#${id}`;
      link.dataset.clauseId = id;
      const item = document.createElement("li");
      item.append(link);
      return item;
    });
    this._targets.toc.replaceChildren(...entries);
    for (const id of numbers.keys()) {
      this._updateTocEntry(id, numbers);
    }
  }

  _updateTocEntry(id, numbers = articleNumbers(this._doc)) {
    const link = this._targets.toc.querySelector(`a[data-clause-id="${id}"]`);
    const clause = this._doc.getMap("clauses").get(id);
    if (link && clause) {
      const title = clause.get("title").toString() || this._text("Edit.Untitled");
      link.textContent = `${this._text("Edit.Article", numbers.get(id))}. ${title}`;
    }
  }
}

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function button(className, label, onClick) {
  const node = element("button", className, label);
  node.type = "button";
  if (onClick) {
    node.addEventListener("click", onClick);
  }
  return node;
}

/** A visually hidden span placed after `after` (or at the end) in `node`, for words only a screen reader needs. */
function hiddenTail(node, after = null) {
  const tail = element("span", "visually-hidden");
  node.insertBefore(tail, after ? after.nextSibling : null);
  return tail;
}

function labelButton(node, label) {
  node.setAttribute("aria-label", label);
  node.title = label;
}
