// Which local edits the server has not acknowledged, so the badge can say "saved" only when that
// is true (see CharterProvider).
//
// Every local change gets a number. A frame sent to the server covers either one change (the
// update sent as it happened) or every change up to a number (the catch-up sent after a join,
// computed against the server's own state). An acknowledged frame clears what it covers; a
// refused one clears nothing. So a refusal stays visible until an acknowledgement covers it.
import * as Y from "yjs";

export class UnsavedEdits {
  constructor() {
    this._last = 0;
    /** @type {Set<number>} */
    this._unacknowledged = new Set();
  }

  /** Records one local change; returns what a frame carrying only it covers. */
  add() {
    this._last++;
    this._unacknowledged.add(this._last);
    return { only: this._last };
  }

  /** What a frame computed now, against the server's state, covers: every change so far. */
  everythingSoFar() {
    return { upTo: this._last };
  }

  /** An acknowledgement for a frame covering `coverage`. */
  acknowledge(coverage) {
    if (coverage.only !== undefined) {
      this._unacknowledged.delete(coverage.only);
    } else {
      for (const number of [...this._unacknowledged]) {
        if (number <= coverage.upTo) {
          this._unacknowledged.delete(number);
        }
      }
    }
  }

  get any() {
    return this._unacknowledged.size > 0;
  }
}

/**
 * True when `doc` holds something the server lacks: an item beyond the server's state vector, or
 * a deletion the server's delete set does not cover. (A state vector alone cannot say, since
 * deletions do not advance it.)
 * @param {Y.Doc} doc
 * @param {Uint8Array} serverStateVector
 * @param {Uint8Array} serverState an update holding the server's delete set (its sync step 2)
 */
export function serverLacks(doc, serverStateVector, serverState) {
  const diff = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, serverStateVector));
  if (diff.structs.length > 0) {
    return true;
  }
  const serverDeletes = Y.decodeUpdate(serverState).ds.clients;
  for (const [client, ranges] of diff.ds.clients) {
    const covering = [...(serverDeletes.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
    if (!ranges.every((range) => covered(range, covering))) {
      return true;
    }
  }
  return false;
}

/** Whether the sorted, possibly adjacent `covering` ranges cover all of `range`. */
function covered(range, covering) {
  let from = range.clock;
  const to = range.clock + range.len;
  for (const piece of covering) {
    if (piece.clock > from) {
      break;
    }
    from = Math.max(from, piece.clock + piece.len);
    if (from >= to) {
      return true;
    }
  }
  return from >= to;
}
