// What the translation editor translates, in the order it shows it: the charter's title and
// preamble (entry "meta": `meta` → `metaTranslations/<lang>`), then each part title (`parts/<id>` →
// its `translations/<lang>`) and clause (`clauses/<id>` → its `translations/<lang>`) in display
// order. The same three kinds, ids and hashing as the server's TranslatableEntry.
import { visibleOrder, isPartId } from "./charterStructure.js";

export const META_ID = "meta";

/**
 * @typedef {{ id: string, kind: "meta" | "part" | "clause", source: any, keys: string[], translation: any }} Entry
 * @param {import("yjs").Doc} doc
 * @param {string} language
 * @returns {Entry[]}
 */
export function translatableEntries(doc, language) {
  const parts = doc.getMap("parts");
  const clauses = doc.getMap("clauses");
  const entries = [{
    id: META_ID,
    kind: "meta",
    source: doc.getMap("meta"),
    keys: ["title", "preamble"],
    translation: doc.getMap("metaTranslations").get(language),
  }];
  for (const id of visibleOrder(doc)) {
    const source = isPartId(id) ? parts.get(id) : clauses.get(id);
    entries.push({
      id,
      kind: isPartId(id) ? "part" : "clause",
      source,
      keys: isPartId(id) ? ["title"] : ["title", "body"],
      translation: source.get("translations")?.get(language),
    });
  }
  return entries;
}
