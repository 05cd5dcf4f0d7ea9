// Keeps one charter's Y.Doc in sync with the server over the SignalR hub /hubs/charter.
//
// Invariants:
// - Every local change reaches the server either as its own `Update` frame (while joined) or
//   inside the sync step 2 sent after (re)joining; so edits made offline are never dropped.
// - An update is "saved" only when its `Update` call completed: the hub answers after the update
//   is durable, so the returned log sequence number is the acknowledgement.
// - Updates that came from the server are applied with this provider as origin and never sent back.
import * as signalR from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import * as awarenessProtocol from "y-protocols/awareness";
import { splitIntoChunks, newUploadId, CHUNK_THRESHOLD } from "./chunks.js";
import { retryDelay } from "./retryDelay.js";
import { SyncStatus } from "./syncStatus.js";

const HUB_URL = "/hubs/charter";
const MAX_RESYNCS_IN_A_ROW = 3;

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
    this._inFlight = 0;
    this._destroyed = false;
    this._connecting = null;
    this._wake = null;
    this._refusalsInARow = 0;
    this._accessListeners = new Set();
    this._readOnly = false;

    this._connection = new signalR.HubConnectionBuilder()
      // Straight to a WebSocket, without SignalR's negotiate request: one round trip less before
      // the first sync on a slow link. A proxy in front of Charter must pass WebSocket upgrades.
      .withUrl(HUB_URL, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
      .withHubProtocol(new MessagePackHubProtocol())
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();

    this._connection.on("Update", (name, message) => name === this.charter && this._receiveSyncMessage(message));
    this._connection.on("Awareness", (name, update) => name === this.charter && this._receiveAwareness(update));
    this._connection.on("Resync", (name) => name === this.charter && this._joinOrRestart());
    // The server says this person may no longer edit (their role changed).
    this._connection.on("ReadOnly", () => this._becomeReadOnly());
    this._connection.onreconnecting(() => this._lostConnection());
    this._connection.onreconnected(() => this._joinOrRestart());
    // The automatic policy above never gives up, but the connection also closes when it was
    // stopped (the browser went offline) or the first start failed; keep trying until destroyed.
    this._connection.onclose(() => {
      this._lostConnection();
      this._startWithRetries();
    });

    this._onDocUpdate = (update, origin) => {
      if (origin !== this && this._joined) {
        this._send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)));
      }
    };
    this._onAwarenessUpdate = ({ added, updated, removed }, origin) => {
      if (origin === "local" && this._joined) {
        const changed = added.concat(updated, removed);
        this._invokeQuietly("Awareness", this.charter, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
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

  _becomeReadOnly() {
    if (!this._readOnly) {
      this._readOnly = true;
      this._accessListeners.forEach((listener) => listener());
    }
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
    await this._connection.stop();
  }

  _startWithRetries() {
    if (this._connecting || this._destroyed) {
      return this._connecting ?? Promise.resolve();
    }
    this._connecting = (async () => {
      for (let attempt = 0; !this._destroyed; attempt++) {
        if (this._connection.state !== signalR.HubConnectionState.Disconnected) {
          return;
        }
        if (navigator.onLine !== false) {
          try {
            await this._connection.start();
            await this._join();
            return;
          } catch (error) {
            // 401/403: signed out or deactivated. Keep retrying (a new sign-in may fix it), read-only.
            if (error?.statusCode === 401 || error?.statusCode === 403) {
              this._becomeReadOnly();
            }
            console.warn("Charter: could not connect; retrying.", error);
            if (this._connection.state === signalR.HubConnectionState.Connected) {
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
    // The server's step 1 is its state vector; the reply holds every local edit it lacks,
    // including those made while offline or while this join was in flight.
    const encoder = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(serverStep1), encoder, this.doc, this);
    this._send(encoding.toUint8Array(encoder));
    this.status.setConnected(true);
    if (this.awareness.getLocalState() !== null) {
      this._invokeQuietly("Awareness", this.charter, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
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
    if (encoding.length(encoder) > 0) {
      this._send(encoding.toUint8Array(encoder));
    }
  }

  _receiveAwareness(update) {
    if (update && update.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
    }
  }

  /** Sends a sync frame and tracks it until the server acknowledged it. */
  async _send(frame) {
    this._inFlight++;
    this.status.setPending(this._inFlight);
    try {
      if (frame.length > CHUNK_THRESHOLD) {
        await this._sendInChunks(frame);
      } else {
        await this._connection.invoke("Update", this.charter, frame);
      }
      this._refusalsInARow = 0;
    } catch (error) {
      // A dropped connection resends everything through the next join. A refused update (a
      // HubException) means the two sides disagree about the document: rejoin to resync.
      // Rejoining a few times recovers from a lost dependency; beyond that the server keeps
      // refusing the same bytes and retrying would only loop.
      if (this._connection.state === signalR.HubConnectionState.Connected && ++this._refusalsInARow <= MAX_RESYNCS_IN_A_ROW) {
        console.error("Charter: the server refused an update; resynchronising.", error);
        this._joinOrRestart();
      }
    } finally {
      this._inFlight--;
      this.status.setPending(this._inFlight);
    }
  }

  async _sendInChunks(frame) {
    const uploadId = newUploadId();
    const chunks = splitIntoChunks(frame);
    for (let index = 0; index < chunks.length; index++) {
      await this._connection.invoke("UpdateChunk", this.charter, uploadId, index, chunks.length, chunks[index]);
    }
  }

  _invokeQuietly(method, ...args) {
    this._connection.invoke(method, ...args).catch((error) => console.warn(`Charter: ${method} failed.`, error));
  }

  _lostConnection() {
    this._joined = false;
    this.status.setConnected(false);
    // Other people's presence is only known while connected; the join brings it back.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
  }
}

function syncFrame(write) {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
