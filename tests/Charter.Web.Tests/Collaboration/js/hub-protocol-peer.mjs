// Drives the browser's MessagePack hub protocol (src/Charter.Client/src/hubProtocol.js) for
// BrowserHubProtocolTests. `parse`, given base64 on stdin, prints the messages read from those
// bytes as JSON; `write`, given a JSON list of messages on stdin, prints the bytes written for
// them in base64 (as a JSON string). Binary values
// travel through JSON as {"$bin": "<base64>"}.
import { readFileSync } from "node:fs";
import { CharterHubProtocol } from "../../../../src/Charter.Client/src/hubProtocol.js";

const protocol = new CharterHubProtocol();
const [mode] = process.argv.slice(2);
const input = readFileSync(0, "utf8");

const toJson = (value) =>
  value instanceof Uint8Array
    ? { $bin: Buffer.from(value).toString("base64") }
    : Array.isArray(value)
      ? value.map(toJson)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]))
        : value;

const fromJson = (value) =>
  Array.isArray(value)
    ? value.map(fromJson)
    : value !== null && typeof value === "object"
      ? "$bin" in value
        ? new Uint8Array(Buffer.from(value.$bin, "base64"))
        : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromJson(item)]))
      : value;

if (mode === "parse") {
  const bytes = new Uint8Array(Buffer.from(input, "base64"));
  console.log(JSON.stringify(protocol.parseMessages(bytes.buffer).map(toJson)));
} else if (mode === "write") {
  const written = JSON.parse(input).map((message) => Buffer.from(protocol.writeMessage(fromJson(message))));
  console.log(JSON.stringify(Buffer.concat(written).toString("base64")));
} else {
  throw new Error(`Unknown mode ${mode}: use parse or write.`);
}
