// Tells the server, in a cookie, that this browser holds a copy of a charter in IndexedDB, so the
// edit page can leave the charter's state out (data-first-state, tens of kilobytes) on a repeat
// visit: the editors are built from the stored copy and the join brings what changed since. The
// cookie says nothing the server could trust: without the copy (site data partly cleared, storage
// evicted), the page starts from an empty Doc, the join sends everything, and the cookie is
// dropped so the next visit carries the state again. See Collaboration/HeldCopyCookie.cs.
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const cookieName = (charter) => `charter-held-${encodeURIComponent(charter)}`;

/** @param {string} charter @param {boolean} held whether IndexedDB now holds the charter's Doc */
export function rememberHeldCopy(charter, held) {
  const secure = window.location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${cookieName(charter)}=${held ? "1" : ""}; path=/; max-age=${held ? MAX_AGE_SECONDS : 0}; samesite=lax${secure}`;
}
