// Renders the translation editor: one row per clause in display order, the source text on the
// left (read-only, kept current as others edit it) and on the right the translation, co-edited
// with the same CodeMirror + yjs editors as the edit page, with its state and a Confirm button.
//
// Rows are kept per clause and only rebuilt when the clause's content or its translation map is
// replaced, so a person typing keeps their editor (and focus) while others work around them.
import { visibleOrder, isClauseId, articleNumbers } from "./charterStructure.js";
import { createTextEditor } from "./textEditor.js";
import { translationState } from "./translationState.js";

export class TranslationView {
  /**
   * @param {HTMLElement} container
   * @param {import("yjs").Doc} doc
   * @param {import("y-protocols/awareness").Awareness} awareness
   * @param {{ language: string, text: (key: string, ...args: any[]) => string, request: (clauseId: string, action: string) => Promise<void> }} options
   */
  constructor(container, doc, awareness, options) {
    this._container = container;
    this._doc = doc;
    this._awareness = awareness;
    this._language = options.language;
    this._text = options.text;
    this._request = options.request;
    /** @type {Map<string, { element: HTMLElement, clause: any, translation: any, editors: any[] }>} */
    this._rows = new Map();
    this._render = () => this.render();
    doc.getArray("order").observe(this._render);
    doc.getMap("clauses").observeDeep(this._render);
    doc.getMap("meta").observe(this._render);
    this.render();
  }

  destroy() {
    this._doc.getArray("order").unobserve(this._render);
    this._doc.getMap("clauses").unobserveDeep(this._render);
    this._doc.getMap("meta").unobserve(this._render);
    for (const id of [...this._rows.keys()]) {
      this._removeRow(id);
    }
  }

  render() {
    const sourceLanguage = this._doc.getMap("meta").get("language");
    if (sourceLanguage === undefined) {
      return;
    }
    if (sourceLanguage === this._language) {
      this._container.replaceChildren(element("p", "empty-state", this._text("Translate.IsSource")));
      this._markLoaded();
      return;
    }
    const clauses = this._doc.getMap("clauses");
    const ids = visibleOrder(this._doc).filter(isClauseId);
    const wanted = new Set(ids);
    for (const [id, row] of [...this._rows]) {
      const clause = clauses.get(id);
      if (!wanted.has(id) || row.clause !== clause || row.translation !== translationOf(clause, this._language)) {
        this._removeRow(id);
      }
    }
    this._container.querySelector(".editor-loading")?.remove();
    const numbers = articleNumbers(this._doc);
    ids.forEach((id, index) => {
      const row = this._rows.get(id) ?? this._createRow(id, clauses.get(id), sourceLanguage);
      if (this._container.children[index] !== row.element) {
        this._container.insertBefore(row.element, this._container.children[index] ?? null);
      }
      this._refreshRow(row, clauses.get(id), numbers.get(id));
    });
    this._markLoaded();
  }

  _markLoaded() {
    this._container.closest("[data-charter-translator]")?.setAttribute("data-loaded", "true");
  }

  _createRow(id, clause, sourceLanguage) {
    const translation = translationOf(clause, this._language);
    const text = this._text;
    const number = element("span", "article-number");
    const source = element("div", "translation-source",
      element("h2", "translation-side-label", text("Translate.Source", languageName(text, sourceLanguage))),
      element("h3", "source-title"),
      element("div", "source-body"));
    source.lang = sourceLanguage;
    const target = element("div", "translation-target",
      element("h2", "translation-side-label", text("Translate.Target", languageName(text, this._language))));
    target.lang = this._language;
    const row = element("article", "translation-row edit-clause", element("div", "clause-header", number), source, target);
    row.id = id;
    row.dataset.place = id;
    const editors = [];
    if (translation) {
      const titleHost = element("div", "clause-title-editor");
      const bodyHost = element("div", "clause-body-editor");
      target.append(titleHost, bodyHost);
      const articleNumber = articleNumbers(this._doc).get(id);
      editors.push(
        createTextEditor(titleHost, translation.get("title"), this._awareness, { label: text("Translate.TitleLabel", articleNumber), singleLine: true }),
        createTextEditor(bodyHost, translation.get("body"), this._awareness, { label: text("Translate.BodyLabel", articleNumber) }),
      );
      const state = element("p", "translation-state");
      state.setAttribute("role", "status");
      const confirm = button("confirm-translation", text("Translate.Confirm"), () => this._act(row, id, "confirm"));
      target.append(element("div", "clause-actions", state, confirm));
    } else {
      const start = button("start-translation", text("Translate.Start"), () => this._act(row, id, "start"));
      target.append(element("p", "translation-missing", text("Translate.Missing")), element("div", "clause-actions", start));
    }
    target.append(element("p", "translation-error"));
    const entry = { element: row, clause, translation, editors };
    this._rows.set(id, entry);
    return entry;
  }

  /** Source text, number and state change without rebuilding the row's editors. */
  _refreshRow(row, clause, number) {
    const element = row.element;
    element.querySelector(".article-number").textContent = this._text("Edit.Article", number);
    element.querySelector(".source-title").textContent = clause.get("title")?.toString() ?? "";
    element.querySelector(".source-body").textContent = clause.get("body")?.toString() ?? "";
    const state = translationState(clause, this._language);
    element.dataset.translationState = state;
    const stateText = element.querySelector(".translation-state");
    if (stateText) {
      stateText.textContent = this._text(`Translate.State.${state}`);
      element.querySelector("button.confirm-translation").disabled = state === "current";
    }
  }

  async _act(row, id, action) {
    const error = row.querySelector(".translation-error");
    const buttons = row.querySelectorAll(".clause-actions button");
    error.textContent = "";
    buttons.forEach((b) => (b.disabled = true));
    try {
      await this._request(id, action);
    } catch (failure) {
      error.textContent = this._text("Translate.Failed", failure.message);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
      this.render();
    }
  }

  _removeRow(id) {
    const row = this._rows.get(id);
    row.editors.forEach((editor) => editor.destroy());
    row.element.remove();
    this._rows.delete(id);
  }
}

function translationOf(clause, language) {
  return clause?.get("translations")?.get(language);
}

function languageName(text, language) {
  const key = `Language.${language}`;
  const name = text(key);
  return name === key ? language : name;
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
  node.addEventListener("click", onClick);
  return node;
}
