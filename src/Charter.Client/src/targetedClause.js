// Marks the clause that a permalink (#c-xxxx) points at, and moves keyboard and screen-reader
// focus to it, so someone following a shared link lands on the clause and not just near it.
const TARGETED_CLASS = "is-targeted";
const CLAUSE_ID = /^c-[a-z0-9]{4}$/;

export function highlightTargetedClause(root, hash) {
  for (const previous of root.querySelectorAll(`.${TARGETED_CLASS}`)) {
    previous.classList.remove(TARGETED_CLASS);
  }

  const id = decodeURIComponent((hash || "").replace(/^#/, ""));
  if (!CLAUSE_ID.test(id)) {
    return;
  }

  const clause = root.getElementById(id);
  if (!clause) {
    return;
  }

  clause.classList.add(TARGETED_CLASS);
  if (!clause.hasAttribute("tabindex")) {
    clause.setAttribute("tabindex", "-1");
  }
  clause.focus({ preventScroll: true });
}
