// The hub refuses a call with a HubException whose message is "[code] explanation" (see
// HubRefusal on the server). The code picks the localized reason shown beside "Not saved"; a code
// this page does not know is shown as "server" with the server's own explanation.
const KNOWN_CODES = new Set([
  "malformed",
  "destructive",
  "not-accepted",
  "unavailable",
  "too-fast",
  "too-many-connections",
  "role",
  "session-ended",
]);

/**
 * Codes that refuse the change itself: this browser's copy holds it, so every resend (after a
 * rejoin or a reload) is refused again until the copy is discarded.
 */
export const CANNOT_BE_RESENT_CODES = new Set(["malformed", "destructive", "not-accepted"]);

/** Codes after which resending cannot help: this person may not edit until something changes. */
export const READ_ONLY_CODES = new Set(["role", "session-ended"]);

/** The server's reason when `error` is a refusal (a HubException), else null (a lost connection). */
export function refusalOf(error) {
  const message = String(error?.message ?? "");
  const marker = message.indexOf("HubException: ");
  if (marker < 0) {
    return null;
  }
  const text = message.slice(marker + "HubException: ".length);
  const coded = /^\[([a-z-]+)\] ([\s\S]*)$/.exec(text);
  if (coded && KNOWN_CODES.has(coded[1])) {
    return { code: coded[1], detail: coded[2] };
  }
  return { code: "server", detail: coded ? coded[2] : text };
}
