// A pool of real yjs 13.6.33 peers driven over stdin/stdout, one JSON command per line and one JSON
// reply per line (updates and states as base64). The C# interop tests keep one process alive across
// many seeded sessions. Commands:
//   {"cmd":"reset","peers":[clientId,...]}              -> {}
//   {"cmd":"op","peer":id,"op":{...}}                   -> {"updates":[b64...]}  (updates the op emitted)
//   {"cmd":"apply","peer":id,"update":b64}              -> {}
//   {"cmd":"applyV2","peer":id,"update":b64}            -> {}                 (a V2 update)
//   {"cmd":"state","peer":id}                           -> {"update":b64,"stateVector":b64,"content":{...}}
//   {"cmd":"diff","peer":id,"stateVector":b64}          -> {"update":b64}    (what a peer with that state lacks)
//   {"cmd":"describe","update":b64}                     -> {"content":{...}}  (a fresh doc loaded from the update)
//   {"cmd":"updateOps","updates":[b64...],"stateVector":b64}
//        -> yjs's document-free results for those updates: merge(V1/V2), diff against the state vector,
//           state vector from the merged update, and V1<->V2 conversions (all base64)
// Errors reply {"error":"message"}.
import * as Y from 'yjs'
import { createInterface } from 'node:readline'

const fromB64 = s => new Uint8Array(Buffer.from(s, 'base64'))
const toB64 = u => Buffer.from(u).toString('base64')
let peers = new Map()

/** Text, map and array as plain JSON, map keys sorted (their order depends on integration order). */
const describe = doc => {
  const sortKeys = value => value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map(k => [k, sortKeys(value[k])]))
    : Array.isArray(value) ? value.map(sortKeys) : value
  return {
    text: doc.getText('text').toString(),
    delta: sortKeys(doc.getText('text').toDelta()),
    map: sortKeys(doc.getMap('map').toJSON()),
    array: sortKeys(doc.getArray('array').toJSON())
  }
}

// Ops carry fractions (at, span in [0, 1)) that each peer resolves against its own state, the same
// way as InteropOp.cs does for C# peers: positions never fall inside a surrogate pair.
const isHighSurrogate = code => code >= 0xd800 && code <= 0xdbff
const textIndex = (str, at) => {
  let i = Math.floor(at * (str.length + 1))
  if (i > 0 && i < str.length && isHighSurrogate(str.charCodeAt(i - 1))) i--
  return i
}
const textRange = (str, at, span) => {
  const start = textIndex(str, at)
  let end = start + Math.floor(span * (Math.min(6, str.length - start) + 1))
  if (end > 0 && end < str.length && isHighSurrogate(str.charCodeAt(end - 1))) end++
  return [start, end - start]
}

const perform = (doc, op) => {
  const text = doc.getText('text')
  const array = doc.getArray('array')
  const str = text.toString()
  switch (op.kind) {
    case 'textInsert': return text.insert(textIndex(str, op.at), op.text, op.attributes ?? undefined)
    case 'textDelete': { const [i, n] = textRange(str, op.at, op.span); return n > 0 && text.delete(i, n) }
    case 'textFormat': { const [i, n] = textRange(str, op.at, op.span); return n > 0 && text.format(i, n, op.attributes) }
    case 'mapSet': return doc.getMap('map').set(op.key, op.value)
    case 'mapDelete': return doc.getMap('map').delete(op.key)
    case 'arrayInsert': return array.insert(Math.floor(op.at * (array.length + 1)), op.values)
    case 'arrayDelete': {
      if (array.length === 0) return
      const start = Math.min(Math.floor(op.at * array.length), array.length - 1)
      return array.delete(start, Math.min(array.length - start, 1 + Math.floor(op.span * 3)))
    }
    default: throw new Error('unknown op ' + op.kind)
  }
}

const peer = id => {
  const doc = peers.get(id)
  if (!doc) throw new Error('no peer ' + id)
  return doc
}

const handle = message => {
  switch (message.cmd) {
    case 'reset':
      peers = new Map(message.peers.map(id => {
        const doc = new Y.Doc()
        doc.clientID = id
        return [id, doc]
      }))
      return {}
    case 'op': {
      const doc = peer(message.peer)
      const updates = []
      const collect = u => updates.push(toB64(u))
      doc.on('update', collect)
      try {
        perform(doc, message.op)
      } finally {
        doc.off('update', collect)
      }
      return { updates }
    }
    case 'apply':
      Y.applyUpdate(peer(message.peer), fromB64(message.update), 'remote')
      return {}
    case 'applyV2':
      Y.applyUpdateV2(peer(message.peer), fromB64(message.update), 'remote')
      return {}
    case 'state': {
      const doc = peer(message.peer)
      return { update: toB64(Y.encodeStateAsUpdate(doc)), stateVector: toB64(Y.encodeStateVector(doc)), content: describe(doc), pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null }
    }
    case 'diff':
      return { update: toB64(Y.encodeStateAsUpdate(peer(message.peer), fromB64(message.stateVector))) }
    case 'describe': {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, fromB64(message.update))
      return { content: describe(doc), pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null }
    }
    case 'updateOps': {
      const updates = message.updates.map(fromB64)
      const sv = fromB64(message.stateVector)
      const merged = Y.mergeUpdates(updates)
      const mergedV2 = Y.mergeUpdatesV2(updates.map(Y.convertUpdateFormatV1ToV2))
      return {
        merged: toB64(merged),
        mergedV2: toB64(mergedV2),
        diff: toB64(Y.diffUpdate(merged, sv)),
        diffV2: toB64(Y.diffUpdateV2(mergedV2, sv)),
        stateVector: toB64(Y.encodeStateVectorFromUpdate(merged)),
        stateVectorV2: toB64(Y.encodeStateVectorFromUpdateV2(mergedV2)),
        toV2: toB64(Y.convertUpdateFormatV1ToV2(merged)),
        toV1: toB64(Y.convertUpdateFormatV2ToV1(mergedV2))
      }
    }
    default:
      throw new Error('unknown command ' + message.cmd)
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
lines.on('line', line => {
  let reply
  try {
    reply = handle(JSON.parse(line))
  } catch (error) {
    reply = { error: String(error && error.stack ? error.stack : error) }
  }
  process.stdout.write(JSON.stringify(reply) + '\n')
})
