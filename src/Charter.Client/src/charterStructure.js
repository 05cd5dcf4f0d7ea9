// Structure changes to a charter's Y.Doc (docs/ARCHITECTURE.md, "The Doc"): they run in the browser's own Doc, so
// they work offline and reach everyone through the same sync path as text edits.
//
// Layout: `order` is a Y.Array of part ids (p-…) and clause ids (c-…) in display order; a clause
// belongs to the nearest part before it. `clauses` maps a clause id to a Y.Map {title, body,
// translations}. A move deletes and re-inserts the id only, so concurrent edits to the clause's
// text survive it. Concurrent moves may leave an id twice: the first occurrence wins.
import * as Y from "yjs";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export const isPartId = (id) => id.startsWith("p-");
export const isClauseId = (id) => id.startsWith("c-");

/** Ids in display order, each once (first occurrence wins), only those whose content exists. */
export function visibleOrder(doc) {
  const clauses = doc.getMap("clauses");
  const parts = doc.getMap("parts");
  const seen = new Set();
  const result = [];
  for (const id of doc.getArray("order").toArray()) {
    if (typeof id !== "string" || seen.has(id)) {
      continue;
    }
    seen.add(id);
    if ((isClauseId(id) && clauses.has(id)) || (isPartId(id) && parts.has(id))) {
      result.push(id);
    }
  }
  return result;
}

/** Article numbers: clause id → 1-based position among the visible clauses. */
export function articleNumbers(doc) {
  const numbers = new Map();
  for (const id of visibleOrder(doc)) {
    if (isClauseId(id)) {
      numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}

/** Adds an empty clause right after `afterId` (a clause or a part); returns the new id. */
export function addClauseAfter(doc, afterId) {
  const clauses = doc.getMap("clauses");
  const id = newClauseId(clauses);
  doc.transact(() => {
    const clause = new Y.Map();
    clause.set("title", new Y.Text());
    clause.set("body", new Y.Text());
    clause.set("translations", new Y.Map());
    clauses.set(id, clause);
    const order = doc.getArray("order");
    const at = firstIndexOf(order, afterId);
    order.insert(at === -1 ? order.length : at + 1, [id]);
  });
  return id;
}

/** Moves a clause one place up (-1) or down (+1) among the visible items; false if it can't. */
export function moveClause(doc, id, direction) {
  const visible = visibleOrder(doc);
  const at = visible.indexOf(id);
  const neighbour = visible[at + direction];
  if (at === -1 || neighbour === undefined) {
    return false;
  }
  // A clause never moves above the first part: it would belong to no part.
  if (direction < 0 && at + direction === 0 && isPartId(neighbour)) {
    return false;
  }
  return direction < 0 ? moveClauseTo(doc, id, neighbour, "before") : moveClauseTo(doc, id, neighbour, "after");
}

/** Moves a clause before or after another visible item (drag and drop). */
export function moveClauseTo(doc, id, targetId, where) {
  if (id === targetId || !isClauseId(id)) {
    return false;
  }
  const visible = visibleOrder(doc);
  if (!visible.includes(targetId) || (where === "before" && visible[0] === targetId && isPartId(targetId))) {
    return false;
  }
  const order = doc.getArray("order");
  doc.transact(() => {
    removeEveryOccurrence(order, id);
    const at = firstIndexOf(order, targetId);
    order.insert(where === "before" ? at : at + 1, [id]);
  });
  return true;
}

/** Deletes a clause: its id leaves `order` and its content leaves `clauses`. */
export function deleteClause(doc, id) {
  doc.transact(() => {
    removeEveryOccurrence(doc.getArray("order"), id);
    doc.getMap("clauses").delete(id);
  });
}

function firstIndexOf(array, id) {
  return array.toArray().indexOf(id);
}

function removeEveryOccurrence(array, id) {
  const items = array.toArray();
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i] === id) {
      array.delete(i, 1);
    }
  }
}

function newClauseId(clauses) {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(4));
    const id = "c-" + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join("");
    if (!clauses.has(id)) {
      return id;
    }
  }
}
