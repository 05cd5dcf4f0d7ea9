// The "Who's here" list: everyone whose awareness state is known, with their colour and the place
// they are editing ("Article 3", "Preamble"), from the awareness field `clause`.
import { articleNumbers } from "./charterStructure.js";

/**
 * @param {HTMLElement} list a <ul>
 * @param {import("y-protocols/awareness").Awareness} awareness
 * @param {import("yjs").Doc} doc
 * @param {(key: string, ...args: any[]) => string} text
 */
export function renderWhosHere(list, awareness, doc, text) {
  const numbers = articleNumbers(doc);
  const people = [...awareness.getStates().entries()]
    .filter(([, state]) => state.user)
    .sort(([a], [b]) => (a === doc.clientID ? -1 : b === doc.clientID ? 1 : 0));
  list.replaceChildren(
    ...people.map(([clientId, state]) => {
      const item = document.createElement("li");
      item.className = "person";
      item.dataset.clientId = String(clientId);
      const swatch = document.createElement("span");
      swatch.className = "person-colour";
      swatch.style.backgroundColor = state.user.color;
      const name = document.createElement("span");
      name.className = "person-name";
      name.textContent = clientId === doc.clientID ? text("Edit.People.You", state.user.name) : state.user.name;
      const place = document.createElement("span");
      place.className = "person-place";
      place.textContent = describePlace(state.clause, numbers, text);
      item.append(swatch, name, place);
      return item;
    }),
  );
}

function describePlace(place, numbers, text) {
  if (place === "title") {
    return text("Edit.People.InTitle");
  }
  if (place === "preamble") {
    return text("Edit.People.InPreamble");
  }
  if (typeof place === "string" && numbers.has(place)) {
    return text("Edit.Article", numbers.get(place));
  }
  if (typeof place === "string" && place.startsWith("p-")) {
    return text("Edit.People.InPartTitle");
  }
  return text("Edit.People.Reading");
}
