// Whether a clause's translation is current against its source (DESIGN.md §9), computed the same
// way as the server (Charter.Domain ClauseSourceHash): lowercase hex SHA-256 over the UTF-8 of the
// source title, a line feed, and the source body. lib0's SHA-256 works without a secure context,
// so the editor also works on a self-hosted server reached over plain http.
import { digest } from "lib0/hash/sha256";

const utf8 = new TextEncoder();

export function sourceHash(title, body) {
  return Array.from(digest(utf8.encode(`${title}\n${body}`)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * "missing" (no translation), "unconfirmed" (never confirmed), "current" or "stale".
 * @param {import("yjs").Map<any>} clause the clause's Y.Map in `clauses`
 * @param {string} language
 */
export function translationState(clause, language) {
  const translation = clause.get("translations")?.get(language);
  if (!translation) {
    return "missing";
  }
  const stamped = translation.get("sourceHash");
  if (typeof stamped !== "string" || stamped === "") {
    return "unconfirmed";
  }
  const current = sourceHash(clause.get("title")?.toString() ?? "", clause.get("body")?.toString() ?? "");
  return stamped === current ? "current" : "stale";
}
