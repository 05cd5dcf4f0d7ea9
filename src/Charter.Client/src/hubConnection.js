// A SignalR hub connection over one WebSocket, without negotiation: what the edit and translate
// pages need from Microsoft's @microsoft/signalr client (invoke, handlers, keep-alive, automatic
// reconnect), at a tenth of its size on a slow link. The wire is the MessagePack hub protocol
// (hubProtocol.js, docs/WIRE.md).
//
// Invariants:
// - state moves Disconnected → Connecting → Connected; a lost connection goes to Reconnecting
//   (onreconnecting), then back to Connected (onreconnected) or, once stopped or the retry policy
//   gives up, to Disconnected (onclose). stop() always ends in Disconnected and fires onclose
//   once if the connection had started.
// - Every invoke() settles: with the hub's result, with the hub's error as an Error whose message
//   is the hub's (HubException text included), or, when the connection is lost first, with an
//   Error saying so. Calls are never resent.
// - Like SignalR's own client: a ping goes out after KEEP_ALIVE_MS without sending, and a
//   connection that hears nothing from the hub for SERVER_TIMEOUT_MS (the hub pings every 15 s)
//   counts as lost.
const KEEP_ALIVE_MS = 15000;
const SERVER_TIMEOUT_MS = 30000;
const RECORD_SEPARATOR = 0x1e;
const INVOCATION = 1;
const COMPLETION = 3;
const PING = 6;
const CLOSE = 7;

export const HubConnectionState = Object.freeze({
  Disconnected: "Disconnected",
  Connecting: "Connecting",
  Connected: "Connected",
  Reconnecting: "Reconnecting",
  Disconnecting: "Disconnecting",
});

export class HubConnection {
  /**
   * @param {string} path the hub's path on this site, e.g. "/hubs/charter"
   * @param {import("./hubProtocol.js").CharterHubProtocol} protocol
   * @param {(retryCount: number) => number | null} nextRetryDelay ms before the next reconnect attempt, null to give up
   */
  constructor(path, protocol, nextRetryDelay) {
    const url = new URL(path, window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    this._url = url.href;
    this._protocol = protocol;
    this._nextRetryDelay = nextRetryDelay;
    this._state = HubConnectionState.Disconnected;
    this._handlers = new Map();
    this._listeners = { close: [], reconnecting: [], reconnected: [] };
    this._pending = new Map();
    this._nextInvocationId = 0;
    this._socket = null;
    this._keepAlive = null;
    this._serverTimeout = null;
    this._wakeReconnect = null;
    this._abandonOpen = null;
  }

  get state() {
    return this._state;
  }

  on(target, handler) {
    this._handlers.set(target.toLowerCase(), handler);
  }

  onclose(listener) {
    this._listeners.close.push(listener);
  }

  onreconnecting(listener) {
    this._listeners.reconnecting.push(listener);
  }

  onreconnected(listener) {
    this._listeners.reconnected.push(listener);
  }

  async start() {
    if (this._state !== HubConnectionState.Disconnected) {
      throw new Error(`Cannot start a connection that is ${this._state}.`);
    }
    this._state = HubConnectionState.Connecting;
    try {
      await this._open(() => this._becomeConnected(HubConnectionState.Connecting));
    } catch (error) {
      if (this._state === HubConnectionState.Connecting) {
        this._state = HubConnectionState.Disconnected;
      }
      throw error;
    }
  }

  async stop() {
    if (this._state === HubConnectionState.Disconnected) {
      return;
    }
    const wasStarted = this._state !== HubConnectionState.Connecting;
    this._state = HubConnectionState.Disconnecting;
    this._wakeReconnect?.();
    // Closed from now on, without waiting for the socket's close event: when the network is gone
    // it can take many seconds to come.
    const socket = this._socket;
    this._socket = null;
    if (socket) {
      if (socket.readyState === WebSocket.OPEN) {
        socket.send(this._protocol.writeMessage({ type: CLOSE }));
      }
      socket.close();
    }
    this._abandonOpen?.(new Error("The connection was stopped while it started."));
    this._detach(new Error("Invocation canceled due to the underlying connection being closed."));
    this._state = HubConnectionState.Disconnected;
    if (wasStarted) {
      this._listeners.close.forEach((listener) => listener());
    }
  }

  /** Calls a hub method; resolves with its result. */
  invoke(target, ...args) {
    if (this._state !== HubConnectionState.Connected) {
      return Promise.reject(new Error("Cannot send data if the connection is not in the 'Connected' State."));
    }
    const invocationId = String(this._nextInvocationId++);
    return new Promise((resolve, reject) => {
      this._pending.set(invocationId, { resolve, reject });
      this._send({ type: INVOCATION, headers: {}, invocationId, target, arguments: args });
    });
  }

  /**
   * Opens a socket and completes the handshake. onHandshake runs at the handshake, before any
   * message that came with it is handled, and says whether the connection is still wanted: the
   * state is then already Connected when the hub's first messages (a Close, say) arrive.
   */
  _open(onHandshake) {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this._url);
      socket.binaryType = "arraybuffer";
      this._socket = socket;
      let handshaken = false;
      const fail = (error) => {
        if (!handshaken) {
          handshaken = true;
          this._abandonOpen = null;
          reject(error);
        }
      };
      this._abandonOpen = fail;
      socket.onopen = () => socket.send(`${JSON.stringify({ protocol: this._protocol.name, version: this._protocol.version })}\u001e`);
      socket.onmessage = (event) => {
        if (socket !== this._socket) {
          return;
        }
        let data = event.data;
        if (!handshaken) {
          const { error, rest } = readHandshake(data);
          if (error || !onHandshake()) {
            fail(new Error(error ? `The hub refused the handshake: ${error}` : "The connection was stopped while it started."));
            socket.close();
            return;
          }
          handshaken = true;
          this._abandonOpen = null;
          this._resetTimers();
          resolve();
          data = rest;
        }
        this._receive(data);
      };
      socket.onclose = (event) => {
        if (!handshaken) {
          fail(new Error(`WebSocket closed before the hub answered (code ${event.code}).`));
        } else if (socket === this._socket) {
          this._lost(new Error(`WebSocket closed with status code: ${event.code} (${event.reason || "no reason given"}).`));
        }
      };
    });
  }

  /** The handshake is done: Connected, if the state is still the one the attempt began in. */
  _becomeConnected(from) {
    if (this._state !== from) {
      return false;
    }
    this._state = HubConnectionState.Connected;
    return true;
  }

  _receive(data) {
    if (!data || data.byteLength === 0) {
      return;
    }
    this._resetServerTimeout();
    let messages;
    try {
      messages = this._protocol.parseMessages(data);
    } catch (error) {
      this._closeSocket(new Error(`The hub sent a message this page cannot read: ${error.message}`), true);
      return;
    }
    for (const message of messages) {
      if (message.type === INVOCATION) {
        try {
          this._handlers.get(message.target.toLowerCase())?.(...message.arguments);
        } catch (error) {
          console.error(`Charter: the handler for the hub's ${message.target} failed.`, error);
        }
      } else if (message.type === COMPLETION) {
        const call = this._pending.get(message.invocationId);
        this._pending.delete(message.invocationId);
        if (message.error) {
          call?.reject(new Error(message.error));
        } else {
          call?.resolve(message.result);
        }
      } else if (message.type === CLOSE) {
        this._closeSocket(new Error(message.error ? `The hub closed the connection: ${message.error}` : "The hub closed the connection."), message.allowReconnect !== false);
      }
    }
  }

  _send(message) {
    this._socket.send(this._protocol.writeMessage(message));
    this._resetKeepAlive();
  }

  /** The connection dropped without stop(): reconnect while the policy allows, else close. */
  async _lost(error, mayReconnect = true) {
    if (this._state !== HubConnectionState.Connected) {
      return;
    }
    this._detach(error);
    if (!mayReconnect) {
      this._state = HubConnectionState.Disconnected;
      this._listeners.close.forEach((listener) => listener(error));
      return;
    }
    this._state = HubConnectionState.Reconnecting;
    this._listeners.reconnecting.forEach((listener) => listener(error));
    for (let attempt = 0; this._state === HubConnectionState.Reconnecting; attempt++) {
      const delay = this._nextRetryDelay(attempt);
      if (delay === null) {
        this._state = HubConnectionState.Disconnected;
        this._listeners.close.forEach((listener) => listener(error));
        return;
      }
      await new Promise((resolve) => {
        this._wakeReconnect = resolve;
        setTimeout(resolve, delay);
      });
      this._wakeReconnect = null;
      if (this._state !== HubConnectionState.Reconnecting) {
        return;
      }
      try {
        await this._open(() => {
          if (!this._becomeConnected(HubConnectionState.Reconnecting)) {
            return false;
          }
          this._listeners.reconnected.forEach((listener) => listener());
          return true;
        });
        return;
      } catch {
        // Not yet: wait and try again, unless stopped meanwhile (the loop's condition).
      }
    }
  }

  _closeSocket(error, mayReconnect) {
    const socket = this._socket;
    this._socket = null;
    socket?.close();
    this._lost(error, mayReconnect);
  }

  /** Stops the timers and fails every call still waiting for the hub's answer. */
  _detach(error) {
    clearTimeout(this._keepAlive);
    clearTimeout(this._serverTimeout);
    const pending = [...this._pending.values()];
    this._pending.clear();
    pending.forEach((call) => call.reject(error));
  }

  _resetTimers() {
    this._resetKeepAlive();
    this._resetServerTimeout();
  }

  _resetKeepAlive() {
    clearTimeout(this._keepAlive);
    this._keepAlive = setTimeout(() => {
      if (this._socket?.readyState === WebSocket.OPEN) {
        this._send({ type: PING });
      }
    }, KEEP_ALIVE_MS);
  }

  _resetServerTimeout() {
    clearTimeout(this._serverTimeout);
    this._serverTimeout = setTimeout(
      () => this._closeSocket(new Error("Server timeout elapsed without receiving a message from the server."), true),
      SERVER_TIMEOUT_MS,
    );
  }
}

/** Splits the hub's handshake answer (JSON, then 0x1e) from any messages after it in one frame. */
function readHandshake(data) {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data);
  const end = bytes.indexOf(RECORD_SEPARATOR);
  if (end < 0) {
    return { error: "its answer was cut off" };
  }
  let answer;
  try {
    answer = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)));
  } catch {
    return { error: "its answer is not JSON" };
  }
  return { error: answer?.error ?? null, rest: bytes.slice(end + 1).buffer };
}
