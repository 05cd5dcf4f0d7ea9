// What is open on each clause (amendments, ballots, whether this person has voted), rendered by
// the server in the page's language into data-clause-activity (Components/Charters/ClauseActivityText)
// and shown inside each clause's link to its page, as the read view shows it.

/** The page's per-clause activity map; an empty one when absent or malformed. */
export function readClauseActivity(root) {
  try {
    const parsed = JSON.parse(root?.dataset.clauseActivity ?? "{}");
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

/** Adds a clause's activity, if anything is open on it, to its link. */
export function showClauseActivity(link, activity) {
  if (!activity?.text) {
    return;
  }
  const words = document.createElement("span");
  words.className = "clause-activity";
  words.textContent = ` ${activity.text}`;
  link.append(words);
  link.dataset.awaitingVote = String(activity.awaiting ?? 0);
}
