// Frames larger than the hub's message limit (512 KiB) travel as numbered chunks that the server
// reassembles; 256 KiB leaves room for the MessagePack envelope and the other arguments.
export const CHUNK_THRESHOLD = 256 * 1024;

/** @param {Uint8Array} frame @returns {Uint8Array[]} consecutive views, each at most CHUNK_THRESHOLD long */
export function splitIntoChunks(frame, size = CHUNK_THRESHOLD) {
  const chunks = [];
  for (let start = 0; start < frame.length; start += size) {
    chunks.push(frame.subarray(start, Math.min(start + size, frame.length)));
  }
  return chunks;
}

/** A random id naming one chunked upload, unique per connection in practice. */
export function newUploadId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
