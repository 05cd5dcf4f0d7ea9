// The part of MessagePack (https://msgpack.org, the format's specification) that SignalR's
// MessagePack hub protocol uses between this browser and the hub: nil, booleans, integers,
// floats, UTF-8 strings, binary, arrays and string-keyed maps. Extension types are refused.
//
// Invariants:
// - encode() writes the shortest form the specification allows for each value, as the
//   server's MessagePack library does; decode() reads every form of the types above.
// - A Uint8Array (or ArrayBuffer) is written as binary and read back as a Uint8Array that owns
//   its bytes; a JavaScript string is written as a string. A number is an integer when
//   Number.isSafeInteger holds, else a float64.
// - Integers beyond 2^53 - 1 cannot be held exactly by a number and are refused on read.

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder("utf-8", { fatal: true });

/** @returns {Uint8Array} the MessagePack bytes of value */
export function encode(value) {
  const writer = new Writer();
  writer.value(value);
  return writer.bytes();
}

/** Reads one value from bytes[offset…]; returns it and the offset just past it. */
export function decode(bytes, offset = 0) {
  const reader = new Reader(bytes, offset);
  const value = reader.value();
  return { value, offset: reader.offset };
}

class Writer {
  constructor() {
    this.buffer = new Uint8Array(64);
    this.view = new DataView(this.buffer.buffer);
    this.length = 0;
  }

  bytes() {
    return this.buffer.slice(0, this.length);
  }

  value(value) {
    if (value === null || value === undefined) {
      this.byte(0xc0);
    } else if (value === false || value === true) {
      this.byte(value ? 0xc3 : 0xc2);
    } else if (typeof value === "number") {
      this.number(value);
    } else if (typeof value === "string") {
      this.string(value);
    } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      this.binary(value instanceof Uint8Array ? value : new Uint8Array(value));
    } else if (Array.isArray(value)) {
      this.header(value.length, 0x90, 15, 0xdc, 0xdd);
      value.forEach((item) => this.value(item));
    } else if (typeof value === "object") {
      const keys = Object.keys(value).filter((key) => value[key] !== undefined);
      this.header(keys.length, 0x80, 15, 0xde, 0xdf);
      keys.forEach((key) => {
        this.string(key);
        this.value(value[key]);
      });
    } else {
      throw new TypeError(`MessagePack cannot hold a ${typeof value}.`);
    }
  }

  number(value) {
    if (!Number.isSafeInteger(value)) {
      this.reserve(9);
      this.buffer[this.length] = 0xcb;
      this.view.setFloat64(this.length + 1, value);
      this.length += 9;
    } else if (value >= 0) {
      if (value < 0x80) this.byte(value);
      else if (value < 0x100) this.fixed(0xcc, 1, value);
      else if (value < 0x10000) this.fixed(0xcd, 2, value);
      else if (value < 0x100000000) this.fixed(0xce, 4, value);
      else this.fixed(0xcf, 8, value);
    } else if (value >= -32) {
      this.byte(value & 0xff);
    } else if (value >= -0x80) {
      this.fixed(0xd0, 1, value);
    } else if (value >= -0x8000) {
      this.fixed(0xd1, 2, value);
    } else if (value >= -0x80000000) {
      this.fixed(0xd2, 4, value);
    } else {
      this.fixed(0xd3, 8, value);
    }
  }

  string(value) {
    const utf8 = textEncoder.encode(value);
    if (utf8.length < 32) {
      this.byte(0xa0 | utf8.length);
    } else {
      this.header(utf8.length, null, 0, 0xd9, 0xda, 0xdb);
    }
    this.raw(utf8);
  }

  binary(bytes) {
    this.header(bytes.length, null, 0, 0xc4, 0xc5, 0xc6);
    this.raw(bytes);
  }

  /**
   * A length: in the fix form (fixTag | n) when there is one and n ≤ fixMax, else in the smallest
   * of the forms whose codes are given: 8-, 16- and 32-bit for strings and binary, 16- and
   * 32-bit for arrays and maps, which have no 8-bit form.
   */
  header(n, fixTag, fixMax, ...codes) {
    if (fixTag !== null && n <= fixMax) {
      this.byte(fixTag | n);
      return;
    }
    const widths = codes.length === 3 ? [1, 2, 4] : [2, 4];
    const index = widths.findIndex((width) => n < 2 ** (8 * width));
    if (index < 0) {
      throw new RangeError("MessagePack cannot hold a length over 2^32 - 1.");
    }
    this.fixed(codes[index], widths[index], n);
  }

  /** A code byte, then value big-endian in width bytes (two's complement when negative). */
  fixed(code, width, value) {
    this.reserve(1 + width);
    this.buffer[this.length] = code;
    const at = this.length + 1;
    if (width === 1) this.view.setUint8(at, value & 0xff);
    else if (width === 2) this.view.setUint16(at, value & 0xffff);
    else if (width === 4) this.view.setUint32(at, value >>> 0);
    else this.view.setBigUint64(at, BigInt.asUintN(64, BigInt(value)));
    this.length += 1 + width;
  }

  byte(value) {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  raw(bytes) {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  reserve(count) {
    if (this.length + count <= this.buffer.length) {
      return;
    }
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }
}

class Reader {
  constructor(bytes, offset) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }

  value() {
    const code = this.uint(1);
    if (code < 0x80) return code;
    if (code < 0x90) return this.map(code & 0x0f);
    if (code < 0xa0) return this.array(code & 0x0f);
    if (code < 0xc0) return this.string(code & 0x1f);
    if (code >= 0xe0) return code - 0x100;
    switch (code) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc4: return this.binary(this.uint(1));
      case 0xc5: return this.binary(this.uint(2));
      case 0xc6: return this.binary(this.uint(4));
      case 0xca: return this.take(4, (at) => this.view.getFloat32(at));
      case 0xcb: return this.take(8, (at) => this.view.getFloat64(at));
      case 0xcc: return this.uint(1);
      case 0xcd: return this.uint(2);
      case 0xce: return this.uint(4);
      case 0xcf: return this.safe(this.take(8, (at) => this.view.getBigUint64(at)));
      case 0xd0: return this.take(1, (at) => this.view.getInt8(at));
      case 0xd1: return this.take(2, (at) => this.view.getInt16(at));
      case 0xd2: return this.take(4, (at) => this.view.getInt32(at));
      case 0xd3: return this.safe(this.take(8, (at) => this.view.getBigInt64(at)));
      case 0xd9: return this.string(this.uint(1));
      case 0xda: return this.string(this.uint(2));
      case 0xdb: return this.string(this.uint(4));
      case 0xdc: return this.array(this.uint(2));
      case 0xdd: return this.array(this.uint(4));
      case 0xde: return this.map(this.uint(2));
      case 0xdf: return this.map(this.uint(4));
      default: throw new RangeError(`MessagePack type 0x${code.toString(16)} is not one the hub sends.`);
    }
  }

  array(count) {
    const items = [];
    for (let i = 0; i < count; i++) {
      items.push(this.value());
    }
    return items;
  }

  map(count) {
    const entries = {};
    for (let i = 0; i < count; i++) {
      const key = this.value();
      entries[String(key)] = this.value();
    }
    return entries;
  }

  string(length) {
    return this.take(length, (at) => textDecoder.decode(this.bytes.subarray(at, at + length)));
  }

  binary(length) {
    return this.take(length, (at) => this.bytes.slice(at, at + length));
  }

  uint(width) {
    return this.take(width, (at) => (width === 1 ? this.view.getUint8(at) : width === 2 ? this.view.getUint16(at) : this.view.getUint32(at)));
  }

  safe(big) {
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError("A MessagePack integer is beyond what a number holds exactly.");
    }
    return Number(big);
  }

  /** Reads width bytes with read(at), after checking they are there. */
  take(width, read) {
    const at = this.offset;
    if (at + width > this.view.byteLength) {
      throw new RangeError("A MessagePack value runs past the end of its message.");
    }
    this.offset = at + width;
    return read(at);
  }
}
