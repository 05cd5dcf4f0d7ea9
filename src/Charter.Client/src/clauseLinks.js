// Turns each clause's "Copy link" button (rendered hidden by the server, since it needs script)
// into a working button that copies the clause's permalink. Organisers share single clauses in
// chats and mail, so the link must point at the clause id, which never changes when clauses move.
// The button's words come from the server in the page's interface language (data-copied-label).
const STATUS_RESET_MS = 2500;
const resetTimers = new WeakMap();

export function enhanceClauseLinks(root) {
  for (const button of root.querySelectorAll("button[data-copy-link]")) {
    if (button.dataset.enhanced === "true") {
      continue;
    }
    button.dataset.enhanced = "true";
    button.hidden = false;
    button.addEventListener("click", () => copyPermalink(button));
  }
}

export function permalinkFor(location, clauseId) {
  const url = new URL(location.href);
  url.hash = clauseId;
  return url.toString();
}

async function copyPermalink(button) {
  const link = permalinkFor(window.location, button.dataset.copyLink);
  const status = button.parentElement?.querySelector("[data-copy-status]");
  try {
    await navigator.clipboard.writeText(link);
    announce(status, button.dataset.copiedLabel ?? "");
  } catch {
    // Clipboard access needs a secure context or a permission; show the link to copy by hand.
    announce(status, link);
  }
}

function announce(status, text) {
  if (!status) {
    return;
  }
  status.textContent = text;
  clearTimeout(resetTimers.get(status));
  resetTimers.set(status, setTimeout(() => {
    status.textContent = "";
  }, STATUS_RESET_MS));
}
