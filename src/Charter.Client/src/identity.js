// Who this browser is to the others, until accounts exist: a display name the person picks and a
// random colour, both remembered in localStorage so they survive reloads.
const NAME_KEY = "charter.displayName";
const COLOUR_KEY = "charter.colour";

// Dark enough to read white text on, distinct from each other.
const COLOURS = ["#c2185b", "#7b1fa2", "#303f9f", "#0277bd", "#00796b", "#558b2f", "#ef6c00", "#6d4c41"];

export function loadIdentity(defaultName) {
  let colour = readStorage(COLOUR_KEY);
  if (!COLOURS.includes(colour)) {
    colour = COLOURS[crypto.getRandomValues(new Uint8Array(1))[0] % COLOURS.length];
    writeStorage(COLOUR_KEY, colour);
  }
  const name = (readStorage(NAME_KEY) ?? "").trim() || defaultName;
  return { name, colour };
}

export function saveDisplayName(name) {
  writeStorage(NAME_KEY, name);
}

/** The awareness `user` field y-codemirror.next reads for remote cursors. */
export function awarenessUser({ name, colour }) {
  return { name, color: colour, colorLight: colour + "33" };
}

// Private browsing may refuse storage; the page still works with the defaults.
function readStorage(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
