// Times yjs's document-free update operations on the same inputs as Charter.Benchmarks' "wire" mode
// and prints one JSON line with the same keys (medians of 7 repetitions, ms).
// Usage: node wire.mjs <state.v1.bin> <state.v2.bin>
import fs from 'node:fs'
import * as Y from 'yjs'

const [v1Path, v2Path] = process.argv.slice(2)
if (!v1Path || !v2Path) {
  console.error('usage: node wire.mjs <state.v1.bin> <state.v2.bin>')
  process.exit(2)
}
const v1 = new Uint8Array(fs.readFileSync(v1Path))
const v2 = new Uint8Array(fs.readFileSync(v2Path))
const halfSv = Y.encodeStateVector(new Map([...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(v1))].map(([c, k]) => [c, Math.floor(k / 2)])))
const tail = Y.diffUpdate(v1, halfSv)

const time = op => {
  op()
  const samples = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    op()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return Math.round(samples[3] * 10) / 10
}

console.log(JSON.stringify({
  v1ToV2Ms: time(() => Y.convertUpdateFormatV1ToV2(v1)),
  v2ToV1Ms: time(() => Y.convertUpdateFormatV2ToV1(v2)),
  stateVectorFromV1Ms: time(() => Y.encodeStateVectorFromUpdate(v1)),
  diffV1Ms: time(() => Y.diffUpdate(v1, halfSv)),
  mergeV1Ms: time(() => Y.mergeUpdates([v1, tail])),
  ok: Buffer.compare(Buffer.from(Y.convertUpdateFormatV1ToV2(v1)), Buffer.from(v2)) === 0
}))
