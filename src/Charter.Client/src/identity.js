// Who this browser is to the others. Everyone on the editing pages is signed in, and the hub
// stamps the name and colour from their account on every presence it relays, whatever the
// browser says; the profile page is where the name changes. The page carries the same name and
// the profile's colour so this person's own entry shows at once; the hub's answer to the first
// presence update replaces the colour when someone present already has it.

/** @param {HTMLElement} root the page's shell, with data-display-name and data-colour */
export function signedInIdentity(root) {
  return { name: root.dataset.displayName ?? "", colour: root.dataset.colour || "#1f77b4" };
}

/** The awareness `user` field y-codemirror.next reads for remote cursors. */
export function awarenessUser({ name, colour }) {
  return { name, color: colour, colorLight: colour + "33" };
}
