// SignalR's MessagePack hub protocol (version 2), the one the hub at /hubs/charter speaks, on
// Charter's own MessagePack codec (msgpack.js): the same bytes as Microsoft's
// @microsoft/signalr-protocol-msgpack, in a fraction of its size on the edit page.
//
// On the wire (see docs/WIRE.md): each message is a length (var uint, 7 bits per byte, low
// first, at most 5 bytes) followed by that many bytes holding one MessagePack array whose first
// item is the message type: [1, headers, invocationId, target, arguments(, streamIds)] for an
// invocation, [3, headers, invocationId, resultKind, result?] for a completion (1 = error,
// 2 = void, 3 = a result), [6] for a ping, [7, error, allowReconnect?] for a close; the others
// are kept for completeness. Headers are a map of strings.
import { encode, decode } from "./msgpack.js";

const MessageType = { Invocation: 1, StreamItem: 2, Completion: 3, StreamInvocation: 4, CancelInvocation: 5, Ping: 6, Close: 7, Ack: 8, Sequence: 9 };
const ResultKind = { Error: 1, Void: 2, NonVoid: 3 };
const BINARY_TRANSFER_FORMAT = 2;
const MAX_LENGTH_BYTES = 5;

export class CharterHubProtocol {
  constructor() {
    this.name = "messagepack";
    this.version = 2;
    this.transferFormat = BINARY_TRANSFER_FORMAT;
  }

  /** @param {ArrayBuffer | Uint8Array} input one or more length-prefixed messages */
  parseMessages(input) {
    if (typeof input === "string") {
      throw new TypeError("The MessagePack hub protocol reads binary messages only.");
    }
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const messages = [];
    for (let offset = 0; offset < bytes.length; ) {
      const { length, start } = readLength(bytes, offset);
      const end = start + length;
      if (end > bytes.length) {
        throw new RangeError("A hub message is shorter than its length says.");
      }
      const message = toHubMessage(decode(bytes.subarray(start, end)).value);
      if (message) {
        messages.push(message);
      }
      offset = end;
    }
    return messages;
  }

  /** @returns {ArrayBuffer} the message with its length in front */
  writeMessage(message) {
    const payload = encode(toArray(message));
    const prefix = [];
    let length = payload.length;
    do {
      prefix.push((length & 0x7f) | (length > 0x7f ? 0x80 : 0));
      length = Math.floor(length / 0x80);
    } while (length > 0);
    const framed = new Uint8Array(prefix.length + payload.length);
    framed.set(prefix);
    framed.set(payload, prefix.length);
    return framed.buffer;
  }
}

function readLength(bytes, offset) {
  let length = 0;
  for (let i = 0; i < MAX_LENGTH_BYTES; i++) {
    if (offset + i >= bytes.length) {
      throw new RangeError("A hub message's length is cut off.");
    }
    const byte = bytes[offset + i];
    length += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) {
      return { length, start: offset + i + 1 };
    }
  }
  throw new RangeError("A hub message's length is longer than five bytes.");
}

/** The HubMessage object @microsoft/signalr's HubConnection expects, or null for an unknown type. */
function toHubMessage(items) {
  if (!Array.isArray(items) || items.length === 0) {
    throw new TypeError("A hub message is not a MessagePack array.");
  }
  const [type, headers] = items;
  switch (type) {
    case MessageType.Invocation:
      return {
        type,
        headers: headers ?? {},
        ...(items[2] !== null && items[2] !== undefined ? { invocationId: items[2] } : {}),
        target: items[3],
        arguments: items[4],
        streamIds: [],
      };
    case MessageType.StreamItem:
      return { type, headers: headers ?? {}, invocationId: items[2], item: items[3] };
    case MessageType.Completion: {
      const resultKind = items[3];
      return {
        type,
        headers: headers ?? {},
        invocationId: items[2],
        ...(resultKind === ResultKind.Error ? { error: items[4] } : {}),
        ...(resultKind === ResultKind.NonVoid ? { result: items[4] } : {}),
      };
    }
    case MessageType.Ping:
      return { type };
    case MessageType.Close:
      return { type, error: items[1], allowReconnect: items.length >= 3 ? items[2] : undefined };
    case MessageType.Ack:
    case MessageType.Sequence:
      return { type, sequenceId: items[1] };
    default:
      // A newer server may send types this client does not know; SignalR's rule is to ignore them.
      return null;
  }
}

function toArray(message) {
  const headers = message.headers ?? {};
  switch (message.type) {
    case MessageType.Invocation:
    case MessageType.StreamInvocation: {
      const head = [message.type, headers, message.invocationId ?? null, message.target, message.arguments];
      return message.streamIds?.length ? [...head, message.streamIds] : head;
    }
    case MessageType.StreamItem:
      return [message.type, headers, message.invocationId, message.item];
    case MessageType.Completion:
      if (message.error) return [message.type, headers, message.invocationId, ResultKind.Error, message.error];
      if (message.result !== undefined) return [message.type, headers, message.invocationId, ResultKind.NonVoid, message.result];
      return [message.type, headers, message.invocationId, ResultKind.Void];
    case MessageType.CancelInvocation:
      return [message.type, headers, message.invocationId];
    case MessageType.Ping:
      return [message.type];
    case MessageType.Close:
      return [message.type, null];
    case MessageType.Ack:
    case MessageType.Sequence:
      return [message.type, message.sequenceId];
    default:
      throw new TypeError(`Hub message type ${message.type} is not one this client writes.`);
  }
}
