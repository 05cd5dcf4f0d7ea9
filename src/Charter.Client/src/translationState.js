// Whether a translation is current against its source (docs/ARCHITECTURE.md, "Languages"), computed the same way as the
// server (Charter.Domain ClauseSourceHash and TranslatableEntry): lowercase hex SHA-256 over the
// UTF-8 of the first source text, a line feed, and the second (a clause's title and body, the
// charter's title and preamble, a part's title and ""). lib0's SHA-256 works without a secure
// context, so the editor also works on a self-hosted server reached over plain http.
import { digest } from "lib0/hash/sha256";

const utf8 = new TextEncoder();

export function sourceHash(first, second) {
  return Array.from(digest(utf8.encode(`${first}\n${second}`)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * "missing" (no translation), "unconfirmed" (never confirmed), "current" or "stale".
 * @param {import("yjs").Map<any>} source the entry's source map (a clause, a part, or `meta`)
 * @param {import("yjs").Map<any> | undefined} translation its translation map, if any
 * @param {string[]} keys the texts that are translated, in hashing order
 */
export function translationState(source, translation, keys) {
  if (!translation) {
    return "missing";
  }
  const stamped = translation.get("sourceHash");
  if (typeof stamped !== "string" || stamped === "") {
    return "unconfirmed";
  }
  const text = (key) => (key === undefined ? "" : source.get(key)?.toString() ?? "");
  return stamped === sourceHash(text(keys[0]), text(keys[1])) ? "current" : "stale";
}
