// The circuit's reconnect banner (Components/Layout/ReconnectBanner.razor) is only given state
// classes by blazor.web.js. The one thing the framework's own overlay did that a stylesheet cannot
// is reload the page when the server refuses the circuit (the person was deactivated or signed
// out elsewhere, or the server no longer holds it), so that the page which loads in its place meets
// the person's current standing. This keeps that.
export function watchReconnectBanner(root, reload = () => window.location.reload()) {
  const banner = root.querySelector("#components-reconnect-modal");
  if (!banner || banner.dataset.watched === "true") {
    return;
  }
  banner.dataset.watched = "true";
  banner.addEventListener("components-reconnect-state-changed", (event) => {
    if (event.detail?.state === "rejected") {
      reload();
    }
  });
}
