// Keeps one charter's Y.Doc in sync with the server over the SignalR hub /hubs/charter.
//
// Invariants:
// - Every local change reaches the server either as its own `Update` frame (while joined) or
//   inside the catch-up sent after (re)joining; so edits made offline are never dropped.
// - A change is "saved" only when an acknowledged frame covered it (UnsavedEdits): the hub
//   answers after the update is durable, so the returned log sequence number is the
//   acknowledgement. A refused frame leaves its changes unsaved, and the badge says so with the
//   reason until an acknowledgement covers every local change.
// - A read-only page (an observer, or someone the server told they may no longer edit) never
//   sends updates; its unsent changes show as "not saved" with the reason.
// - After a join, a catch-up is sent only when this browser holds something the server lacks.
// - Updates that came from the server are applied with this provider as origin and never sent back.
// - Presence goes out at most every AWARENESS_INTERVAL_MS, well under the hub's per-person limit;
//   the hub answers with the name and colour it shows the others, which this browser then shows too.
import { HubConnection, HubConnectionState } from "./hubConnection.js";
import { CharterHubProtocol } from "./hubProtocol.js";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import * as awarenessProtocol from "y-protocols/awareness";
import { splitIntoChunks, newUploadId, CHUNK_THRESHOLD } from "./chunks.js";
import { retryDelay } from "./retryDelay.js";
import { SyncStatus } from "./syncStatus.js";
import { UnsavedEdits, serverLacks } from "./unsavedEdits.js";
import { awarenessUser } from "./identity.js";
import { refusalOf, READ_ONLY_CODES } from "./refusal.js";

const HUB_URL = "/hubs/charter";
const MAX_RESYNCS_IN_A_ROW = 3;
const AWARENESS_INTERVAL_MS = 150;

export class CharterProvider {
  /**
   * @param {string} charter the charter's name (the Y.Doc is named by it)
   * @param {import("yjs").Doc} doc
   * @param {awarenessProtocol.Awareness} awareness
   */
  constructor(charter, doc, awareness) {
    this.charter = charter;
    this.doc = doc;
    this.awareness = awareness;
    this.status = new SyncStatus();
    this._joined = false;
    this._unsaved = new UnsavedEdits();
    this._destroyed = false;
    this._awarenessTimer = null;
    this._connecting = null;
    this._wake = null;
    this._refusalsInARow = 0;
    this._accessListeners = new Set();
    /** @type {{ code: string } | null} why this page may not send edits, once it may not */
    this._readOnly = null;

    // Straight to a WebSocket, without SignalR's negotiate request: one round trip less before
    // the first sync on a slow link. A proxy in front of Charter must pass WebSocket upgrades.
    this._connection = new HubConnection(HUB_URL, new CharterHubProtocol(), retryDelay);

    this._connection.on("Update", (name, message) => name === this.charter && this._receiveSyncMessage(message));
    this._connection.on("Awareness", (name, update) => name === this.charter && this._receiveAwareness(update));
    this._connection.on("Resync", (name) => name === this.charter && this._joinOrRestart());
    // The server says this person may no longer edit: "role", "deactivated" or "session-ended".
    this._connection.on("ReadOnly", (reason) => this.setReadOnly(reason));
    this._connection.onreconnecting(() => this._lostConnection());
    this._connection.onreconnected(() => this._joinOrRestart());
    // The retry policy (retryDelay) never gives up, but the connection also closes when it was
    // stopped (the browser went offline, or a join failed) or the hub closed it for good; keep
    // trying until destroyed.
    this._connection.onclose(() => {
      this._lostConnection();
      this._startWithRetries();
    });

    this._onDocUpdate = (update, origin) => {
      if (origin === this) {
        return;
      }
      const coverage = this._unsaved.add();
      this.status.setUnsaved(true);
      if (this._readOnly) {
        this.status.setRefusal(this._readOnly);
      } else if (this._joined) {
        this._send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)), coverage);
      }
    };
    this._onAwarenessUpdate = ({ removed }, origin) => {
      if (origin !== "local" || !this._joined) {
        return;
      }
      if (removed.includes(this.doc.clientID)) {
        this._sendAwareness();
      } else if (this._awarenessTimer === null) {
        this._awarenessTimer = setTimeout(() => this._sendAwareness(), AWARENESS_INTERVAL_MS);
      }
    };
    this._onOffline = () => this._connection.stop();
    this._onOnline = () => {
      this._wake?.();
      this._startWithRetries();
    };
    this._onUnload = () => awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], "window unload");

    doc.on("update", this._onDocUpdate);
    awareness.on("update", this._onAwarenessUpdate);
    window.addEventListener("offline", this._onOffline);
    window.addEventListener("online", this._onOnline);
    window.addEventListener("pagehide", this._onUnload);
  }

  /** Calls listener() once this person may no longer edit: told by the server, or refused at connect. */
  onReadOnly(listener) {
    this._accessListeners.add(listener);
  }

  /**
   * From now on this page sends no updates. Call it before connect() for an observer's page.
   * @param {string} code why: "role", "deactivated" or "session-ended"
   */
  setReadOnly(code) {
    if (this._readOnly) {
      return;
    }
    this._readOnly = { code: typeof code === "string" ? code : "role" };
    if (this._unsaved.any) {
      this.status.setRefusal(this._readOnly);
    }
    this._accessListeners.forEach((listener) => listener());
  }

  /** Starts the connection; resolves once the first attempt finished, joined or not. */
  connect() {
    return this._startWithRetries();
  }

  async destroy() {
    this._destroyed = true;
    this.doc.off("update", this._onDocUpdate);
    this.awareness.off("update", this._onAwarenessUpdate);
    window.removeEventListener("offline", this._onOffline);
    window.removeEventListener("online", this._onOnline);
    window.removeEventListener("pagehide", this._onUnload);
    clearTimeout(this._awarenessTimer);
    await this._connection.stop();
  }

  _startWithRetries() {
    if (this._connecting || this._destroyed) {
      return this._connecting ?? Promise.resolve();
    }
    this._connecting = (async () => {
      for (let attempt = 0; !this._destroyed; attempt++) {
        if (this._connection.state !== HubConnectionState.Disconnected) {
          return;
        }
        if (navigator.onLine !== false) {
          try {
            await this._connection.start();
            await this._join();
            return;
          } catch (error) {
            console.warn("Charter: could not connect; retrying.", error);
            if (this._connection.state === HubConnectionState.Connected) {
              await this._connection.stop();
            }
          }
        }
        await new Promise((resolve) => {
          this._wake = resolve;
          setTimeout(resolve, retryDelay(attempt));
        });
        this._wake = null;
      }
    })().finally(() => {
      this._connecting = null;
    });
    return this._connecting;
  }

  /** Join (or rejoin): exchange state vectors so each side gets what it lacks. */
  async _join() {
    this._joined = false;
    const step1 = syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    const [step2, serverStep1, awarenessUpdate] = await this._connection.invoke("Join", this.charter, step1);
    this._receiveSyncMessage(step2);
    this._receiveAwareness(awarenessUpdate);
    this._joined = true;
    // Everything changed locally so far is either on the server already or in this catch-up.
    const coverage = this._unsaved.everythingSoFar();
    if (!serverLacks(this.doc, syncPayload(serverStep1), syncPayload(step2))) {
      this._acknowledged(coverage);
    } else if (this._readOnly) {
      this.status.setRefusal(this._readOnly);
    } else {
      const encoder = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoding.createDecoder(serverStep1), encoder, this.doc, this);
      this._send(encoding.toUint8Array(encoder), coverage);
    }
    this.status.setConnected(true);
    if (this.awareness.getLocalState() !== null) {
      this._sendAwareness();
    }
  }

  /** A failed join leaves the connection useless; closing it hands over to the retry loop. */
  _joinOrRestart() {
    this._join().catch((error) => {
      console.warn("Charter: join failed; reconnecting.", error);
      this._connection.stop();
    });
  }

  _receiveSyncMessage(message) {
    const encoder = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(message), encoder, this.doc, this);
    if (encoding.length(encoder) > 0 && !this._readOnly) {
      this._send(encoding.toUint8Array(encoder), { only: 0 });
    }
  }

  _receiveAwareness(update) {
    if (update && update.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
    }
  }

  /** Sends a sync frame covering `coverage` (see UnsavedEdits) and records its acknowledgement or refusal. */
  async _send(frame, coverage) {
    try {
      if (frame.length > CHUNK_THRESHOLD) {
        await this._sendInChunks(frame);
      } else {
        await this._connection.invoke("Update", this.charter, frame);
      }
      this._acknowledged(coverage);
    } catch (error) {
      // A dropped connection resends everything through the next join's catch-up. A refusal (a
      // HubException) leaves the changes unsaved and says why; rejoining resends what the server
      // lacks, which recovers from a lost dependency. Past a few refusals in a row the server is
      // refusing the same bytes, and retrying would only loop: the badge keeps saying "not saved".
      const refusal = refusalOf(error);
      if (refusal && READ_ONLY_CODES.has(refusal.code)) {
        this.setReadOnly(refusal.code);
      }
      if (refusal) {
        // The hub says "ReadOnly" before refusing an edit for the person's role; that reason is
        // the one to show, in the page's language, and resending cannot help.
        this.status.setRefusal(this._readOnly ?? refusal);
        if (!this._readOnly && this._connection.state === HubConnectionState.Connected && ++this._refusalsInARow <= MAX_RESYNCS_IN_A_ROW) {
          console.error("Charter: the server refused an update; resynchronising.", error);
          setTimeout(() => this._joinOrRestart(), retryDelay(this._refusalsInARow - 1));
        }
      }
    }
  }

  _acknowledged(coverage) {
    this._unsaved.acknowledge(coverage);
    if (!this._unsaved.any) {
      this._refusalsInARow = 0;
      this.status.setRefusal(null);
    }
    this.status.setUnsaved(this._unsaved.any);
  }

  /** Sends this browser's presence; the hub answers with the name and colour the others see. */
  _sendAwareness() {
    clearTimeout(this._awarenessTimer);
    this._awarenessTimer = null;
    if (!this._joined) {
      return;
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this._connection
      .invoke("Awareness", this.charter, update)
      .then((stamped) => {
        const [name, colour] = stamped ?? [];
        const user = this.awareness.getLocalState()?.user;
        if (name && colour && (user?.name !== name || user?.color !== colour)) {
          this.awareness.setLocalStateField("user", awarenessUser({ name, colour }));
        }
      })
      .catch((error) => console.warn("Charter: Awareness failed.", error));
  }

  async _sendInChunks(frame) {
    const uploadId = newUploadId();
    const chunks = splitIntoChunks(frame);
    for (let index = 0; index < chunks.length; index++) {
      await this._connection.invoke("UpdateChunk", this.charter, uploadId, index, chunks.length, chunks[index]);
    }
  }

  _lostConnection() {
    this._joined = false;
    this.status.setConnected(false);
    // Other people's presence is only known while connected; the join brings it back.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
  }
}

/** The payload of a sync step 1 or 2 frame: the state vector or the update it carries. */
function syncPayload(frame) {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

function syncFrame(write) {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
