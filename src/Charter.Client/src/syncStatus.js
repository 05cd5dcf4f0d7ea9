// What the badge shows, and nothing it cannot back up:
// - "notSaved": some local edit was refused (or may not be sent: this person can no longer edit)
//   and no acknowledgement has covered it since. `reason` says why. Only an acknowledgement that
//   covers every local edit clears it (see CharterProvider).
// - "offline": not connected; edits stay in this browser (and in IndexedDB) until the next join.
// - "saving": connected, some local edit still awaits its acknowledgement.
// - "saved": connected and every local edit has been acknowledged (made durable) by the server.
export class SyncStatus extends EventTarget {
  constructor() {
    super();
    this._connected = false;
    this._unsaved = false;
    this._refusal = null;
    this.value = "offline";
    /** @type {{ code: string, detail?: string } | null} why the edits are not saved, in "notSaved" */
    this.reason = null;
  }

  setConnected(connected) {
    this._connected = connected;
    this._update();
  }

  /** @param {boolean} unsaved some local edit is not covered by an acknowledgement */
  setUnsaved(unsaved) {
    this._unsaved = unsaved;
    this._update();
  }

  /** @param {{ code: string, detail?: string } | null} refusal the latest refusal, or null once covered */
  setRefusal(refusal) {
    this._refusal = refusal;
    this._update();
  }

  _update() {
    const reason = this._unsaved && this._refusal ? this._refusal : null;
    const value = reason ? "notSaved" : !this._connected ? "offline" : this._unsaved ? "saving" : "saved";
    if (value !== this.value || reason !== this.reason) {
      this.value = value;
      this.reason = reason;
      this.dispatchEvent(new CustomEvent("change", { detail: value }));
    }
  }
}
