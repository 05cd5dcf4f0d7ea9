// Replays an editing trace (josephg/editing-traces format) with the real yjs, the same way
// Charter.Benchmarks does, and prints one JSON line with the same keys.
// Usage: node --expose-gc replay.mjs <file.json.gz>
import fs from 'node:fs'
import zlib from 'node:zlib'
import * as Y from 'yjs'

const path = process.argv[2]
if (!path) {
  console.error('usage: node --expose-gc replay.mjs <file.json.gz>')
  process.exit(2)
}
if (typeof global.gc !== 'function') {
  console.error('run node with --expose-gc so the retained heap can be measured')
  process.exit(2)
}

const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(path)).toString('utf8'))
const patches = trace.txns.flatMap(txn => txn.patches)
const hasAstral = s => /[\uD800-\uDFFF]/.test(s)
const astral = hasAstral(trace.startContent) || patches.some(p => hasAstral(p[2]))
// Positions count code points; convert them to UTF-16 indices before timing starts.
const utf16Patches = astral ? toUtf16(trace.startContent, patches) : patches

function toUtf16 (start, ps) {
  let text = start
  return ps.map(([pos, del, ins]) => {
    const from = utf16Index(text, 0, pos)
    const to = utf16Index(text, from, del)
    text = text.slice(0, from) + ins + text.slice(to)
    return [from, to - from, ins]
  })
}

function utf16Index (text, from, codePoints) {
  let i = from
  for (let n = 0; n < codePoints; n++) {
    const c = text.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1
  }
  return i
}

const tenth = Math.max(1, Math.floor(utf16Patches.length / 10))
global.gc()
const heapBefore = process.memoryUsage().heapUsed

const doc = new Y.Doc()
doc.clientID = 1
const text = doc.getText('text')
if (trace.startContent.length > 0) text.insert(0, trace.startContent)

const t0 = performance.now()
let first10 = 0
let last10Start = 0
for (let i = 0; i < utf16Patches.length; i++) {
  if (i === tenth) first10 = performance.now() - t0
  if (i === utf16Patches.length - tenth) last10Start = performance.now() - t0
  const [pos, del, ins] = utf16Patches[i]
  doc.transact(() => {
    if (del > 0) text.delete(pos, del)
    if (ins.length > 0) text.insert(pos, ins)
  })
}
const applyMs = performance.now() - t0
const last10 = applyMs - last10Start

global.gc()
const heapBytes = process.memoryUsage().heapUsed - heapBefore

let t = performance.now()
const v1 = Y.encodeStateAsUpdate(doc)
const encodeV1Ms = performance.now() - t
t = performance.now()
const v2 = Y.encodeStateAsUpdateV2(doc)
const encodeV2Ms = performance.now() - t

t = performance.now()
const loaded = new Y.Doc()
Y.applyUpdate(loaded, v1)
const loadV1Ms = performance.now() - t

// What a server does all day: apply each peer's per-edit update as it arrives. The updates are
// recorded in a separate, untimed replay so that the figures above stay free of the observer.
const updates = recordUpdates()
t = performance.now()
const remote = new Y.Doc()
for (const update of updates) Y.applyUpdate(remote, update)
const remoteApplyMs = performance.now() - t

const ok = text.toString() === trace.endContent && loaded.getText('text').toString() === trace.endContent &&
  remote.getText('text').toString() === trace.endContent
function recordUpdates () {
  const source = new Y.Doc()
  source.clientID = 1
  const sourceText = source.getText('text')
  const recorded = []
  source.on('update', update => recorded.push(update))
  if (trace.startContent.length > 0) sourceText.insert(0, trace.startContent)
  for (const [pos, del, ins] of utf16Patches) {
    source.transact(() => {
      if (del > 0) sourceText.delete(pos, del)
      if (ins.length > 0) sourceText.insert(pos, ins)
    })
  }
  return recorded
}

const r = n => Math.round(n * 10) / 10
console.log(JSON.stringify({
  impl: 'yjs',
  ops: utf16Patches.length,
  applyMs: r(applyMs),
  encodeV1Ms: r(encodeV1Ms),
  encodeV2Ms: r(encodeV2Ms),
  v1Bytes: v1.length,
  v2Bytes: v2.length,
  loadV1Ms: r(loadV1Ms),
  heapBytes,
  finalLength: text.length,
  first10PctMs: r(first10),
  last10PctMs: r(last10),
  remoteApplyMs: r(remoteApplyMs),
  ok
}))
process.exit(ok ? 0 : 1)
