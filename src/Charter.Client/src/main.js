// Entry point of Charter's browser code. The page is complete without it (server-rendered HTML);
// this only adds conveniences on top, so a slow or failed download costs nothing essential.
import { enhanceClauseLinks } from "./clauseLinks.js";
import { highlightTargetedClause } from "./targetedClause.js";

function enhance() {
  enhanceClauseLinks(document);
  highlightTargetedClause(document, window.location.hash);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", enhance, { once: true });
} else {
  enhance();
}

window.addEventListener("hashchange", () => highlightTargetedClause(document, window.location.hash));

// Blazor's enhanced navigation swaps the page without a full load; enhance the new content too.
if (window.Blazor?.addEventListener) {
  window.Blazor.addEventListener("enhancedload", enhance);
}
