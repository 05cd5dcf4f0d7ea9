// Renders the translation editor: one row for the charter's title and preamble, then one per part
// title and clause in display order (see translatableEntries.js). The source text is on the left
// (read-only, kept current as others edit it) and the translation on the right, co-edited with the
// same CodeMirror + yjs editors as the edit page, with its state and a Confirm button.
//
// Rows are kept per entry and only rebuilt when the entry's content or its translation map is
// replaced, so a person typing keeps their editor (and focus) while others work around them.
import { articleNumbers } from "./charterStructure.js";
import { createTextEditor } from "./textEditor.js";
import { translationState } from "./translationState.js";
import { translatableEntries } from "./translatableEntries.js";

// The maps whose changes can change what a row shows; observed deeply.
const OBSERVED_MAPS = ["meta", "metaTranslations", "parts", "clauses"];

export class TranslationView {
  /**
   * @param {HTMLElement} container
   * @param {import("yjs").Doc} doc
   * @param {import("y-protocols/awareness").Awareness} awareness
   * @param {{ language: string, text: (key: string, ...args: any[]) => string, request: (entryId: string, action: string) => Promise<void> }} options
   */
  constructor(container, doc, awareness, options) {
    this._container = container;
    this._doc = doc;
    this._awareness = awareness;
    this._language = options.language;
    this._text = options.text;
    this._request = options.request;
    /** @type {Map<string, { element: HTMLElement, source: any, translation: any, editors: any[] }>} */
    this._rows = new Map();
    this._render = () => this.render();
    doc.getArray("order").observe(this._render);
    OBSERVED_MAPS.forEach((name) => doc.getMap(name).observeDeep(this._render));
    this.render();
  }

  destroy() {
    this._doc.getArray("order").unobserve(this._render);
    OBSERVED_MAPS.forEach((name) => this._doc.getMap(name).unobserveDeep(this._render));
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
    const entries = translatableEntries(this._doc, this._language);
    const wanted = new Map(entries.map((entry) => [entry.id, entry]));
    for (const [id, row] of [...this._rows]) {
      const entry = wanted.get(id);
      if (!entry || row.source !== entry.source || row.translation !== entry.translation) {
        this._removeRow(id);
      }
    }
    this._container.querySelector(".editor-loading")?.remove();
    const numbers = articleNumbers(this._doc);
    let partNumber = 0;
    entries.forEach((entry, index) => {
      const label = entry.kind === "clause" ? this._text("Edit.Article", numbers.get(entry.id))
        : entry.kind === "part" ? this._text("Translate.PartName", ++partNumber)
        : this._text("Translate.HeaderName");
      const row = this._rows.get(entry.id) ?? this._createRow(entry, sourceLanguage, label);
      if (this._container.children[index] !== row.element) {
        this._container.insertBefore(row.element, this._container.children[index] ?? null);
      }
      this._refreshRow(row, entry, label);
    });
    this._markLoaded();
  }

  _markLoaded() {
    this._container.closest("[data-charter-translator]")?.setAttribute("data-loaded", "true");
  }

  _createRow(entry, sourceLanguage, label) {
    const text = this._text;
    const source = element("div", "translation-source",
      element("h2", "translation-side-label", text("Translate.Source", languageName(text, sourceLanguage))),
      element("h3", "source-title"));
    if (entry.keys.length > 1) {
      source.append(element("div", "source-body"));
    }
    source.lang = sourceLanguage;
    const target = element("div", "translation-target",
      element("h2", "translation-side-label", text("Translate.Target", languageName(text, this._language))));
    target.lang = this._language;
    const row = element("article", `translation-row translation-${entry.kind} edit-clause`,
      element("div", "clause-header", element("span", "article-number")), source, target);
    row.id = entry.kind === "meta" ? "translate-meta" : entry.id;
    row.dataset.entry = entry.id;
    row.dataset.place = entry.id;
    const editors = [];
    if (entry.translation) {
      const [titleLabel, bodyLabel] = this._editorLabels(entry, label);
      const titleHost = element("div", "clause-title-editor");
      target.append(titleHost);
      editors.push(createTextEditor(titleHost, entry.translation.get("title"), this._awareness, { label: titleLabel, singleLine: true }));
      if (entry.keys.length > 1) {
        const bodyHost = element("div", "clause-body-editor");
        target.append(bodyHost);
        editors.push(createTextEditor(bodyHost, entry.translation.get(entry.keys[1]), this._awareness, { label: bodyLabel }));
      }
      const state = element("p", "translation-state");
      state.setAttribute("role", "status");
      const confirm = button("confirm-translation", text("Translate.Confirm"), () => this._act(row, entry.id, "confirm"));
      target.append(element("div", "clause-actions", state, confirm));
    } else {
      const start = button("start-translation", text("Translate.Start"), () => this._act(row, entry.id, "start"));
      target.append(element("p", "translation-missing", text("Translate.Missing")), element("div", "clause-actions", start));
    }
    target.append(element("p", "translation-error"));
    const created = { element: row, source: entry.source, translation: entry.translation, editors };
    this._rows.set(entry.id, created);
    return created;
  }

  /** The accessible names of the row's translation editors. */
  _editorLabels(entry, label) {
    const text = this._text;
    if (entry.kind === "meta") {
      return [text("Translate.CharterTitleLabel"), text("Translate.PreambleLabel")];
    }
    if (entry.kind === "part") {
      return [text("Translate.PartTitleLabel", label)];
    }
    const number = articleNumbers(this._doc).get(entry.id);
    return [text("Translate.TitleLabel", number), text("Translate.BodyLabel", number)];
  }

  /** Source text, label and state change without rebuilding the row's editors. */
  _refreshRow(row, entry, label) {
    const element = row.element;
    element.querySelector(".article-number").textContent = label;
    element.querySelector(".source-title").textContent = entry.source.get("title")?.toString() ?? "";
    const body = element.querySelector(".source-body");
    if (body) {
      body.textContent = entry.source.get(entry.keys[1])?.toString() ?? "";
    }
    const state = translationState(entry.source, entry.translation, entry.keys);
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
