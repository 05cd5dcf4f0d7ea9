// What the badge shows. "saved": connected and every update sent has been acknowledged (made
// durable) by the server. "saving": connected, some update still awaits its acknowledgement.
// "offline": not connected; edits stay in this browser (and in IndexedDB) until the next join.
export class SyncStatus extends EventTarget {
  constructor() {
    super();
    this._connected = false;
    this._pending = 0;
    this.value = "offline";
  }

  setConnected(connected) {
    this._connected = connected;
    this._update();
  }

  setPending(count) {
    this._pending = count;
    this._update();
  }

  _update() {
    const value = !this._connected ? "offline" : this._pending > 0 ? "saving" : "saved";
    if (value !== this.value) {
      this.value = value;
      this.dispatchEvent(new CustomEvent("change", { detail: value }));
    }
  }
}
