// Entry point of Charter's browser code. The page is complete without it (server-rendered HTML);
// this only adds conveniences on top, so a slow or failed download costs nothing essential.
import { enhanceClauseLinks } from "./clauseLinks.js";
import { highlightTargetedClause } from "./targetedClause.js";
import { mountEditPage } from "./editPage.js";
import { mountTranslatePage } from "./translatePage.js";
import { watchReconnectBanner } from "./reconnectBanner.js";

function enhance() {
  enhanceClauseLinks(document);
  highlightTargetedClause(document, window.location.hash);
  watchReconnectBanner(document);
  mountEditPage(document).catch((error) => console.error("Charter: the editor could not start.", error));
  mountTranslatePage(document).catch((error) => console.error("Charter: the translation editor could not start.", error));
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", enhance, { once: true });
} else {
  enhance();
}

const highlightCurrentTarget = () => highlightTargetedClause(document, window.location.hash);
window.addEventListener("hashchange", highlightCurrentTarget);
window.addEventListener("popstate", highlightCurrentTarget);

// Blazor handles same-page fragment links itself (history.pushState, no hashchange event), so
// look again once a click on such a link has been handled.
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("a[href*='#']")) {
    setTimeout(highlightCurrentTarget, 0);
  }
});

// Blazor's enhanced navigation swaps the page without a full load; enhance the new content too.
if (window.Blazor?.addEventListener) {
  window.Blazor.addEventListener("enhancedload", enhance);
}

// The live read view is an interactive component: when its circuit starts, Blazor replaces the
// prerendered markup, and later it adds clauses as others write them. Enhance whatever it adds
// (enhancing is idempotent), at most once per frame.
let enhanceQueued = false;
new MutationObserver(() => {
  if (!enhanceQueued) {
    enhanceQueued = true;
    requestAnimationFrame(() => {
      enhanceQueued = false;
      enhanceClauseLinks(document);
    });
  }
}).observe(document.body, { childList: true, subtree: true });
