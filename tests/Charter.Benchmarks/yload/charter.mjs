// yload adapter for Charter's hub (/hubs/charter), so the same load generator that measures
// Hocuspocus measures Charter. Copy it into a copy of ../shared/tools/yload/adapters/ (see
// README.md next to this file). SignalR with MessagePack; payloads are y-protocols sync messages
// without y-websocket's outer type byte (docs/COLLABORATION.md):
//   Join(charter, syncStep1) -> [syncStep2, serverSyncStep1, awareness]
//   Update(charter, syncMessage) -> sequence (the acknowledgement, as the browser waits for it)
//   server -> client: Update(charter, syncMessage)
// The hub needs a signed-in person per connection: CHARTER_PEOPLE names the JSON file that
// `Charter.Benchmarks serve` wrote, and each connection takes the next person's cookie. Every
// yload document maps onto that file's charter: yload's Y.Text 'text' is one more root type there.
import { readFileSync } from 'node:fs'
import * as signalR from '@microsoft/signalr'
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import { onLocalUpdate, readSyncMessage } from './_yjs.mjs'

export const name = 'charter'
export const supportsLight = true

const people = JSON.parse(readFileSync(process.env.CHARTER_PEOPLE ?? 'charter-people.json', 'utf8'))
let nextPerson = 0

export function connect ({ url, doc, onRemoteUpdate, onDisconnect }) {
  const cookie = people.cookies[nextPerson++ % people.cookies.length]
  const charter = people.charter
  const origin = { adapter: name }
  let resolveSynced, rejectSynced
  const whenSynced = new Promise((resolve, reject) => { resolveSynced = resolve; rejectSynced = reject })
  whenSynced.catch(() => {})

  const hub = new signalR.HubConnectionBuilder()
    .withUrl(url, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true, headers: { Cookie: cookie } })
    .withHubProtocol(new MessagePackHubProtocol())
    .configureLogging(signalR.LogLevel.Warning)
    .build() // no automatic reconnect: a reconnect would hide a drop
  const send = (frame) => hub.invoke('Update', charter, frame).catch(rejectSynced)
  const frame = (write) => { const e = encoding.createEncoder(); write(e); return encoding.toUint8Array(e) }
  const receive = (bytes) => {
    const reply = encoding.createEncoder()
    const type = readSyncMessage(decoding.createDecoder(bytes), reply, doc, origin, onRemoteUpdate)
    if (encoding.length(reply) > 0) send(encoding.toUint8Array(reply))
    return type
  }
  const unsubscribe = onLocalUpdate(doc, u => send(frame(e => syncProtocol.writeUpdate(e, u))))
  hub.on('Update', (_, bytes) => { receive(bytes) }) // returns nothing: a value would be a client result
  let closing = false
  hub.onclose(err => {
    rejectSynced(err ?? new Error('hub closed'))
    if (!closing && onDisconnect) onDisconnect(`hub closed ${err?.message ?? ''}`)
  })
  hub.start()
    .then(() => hub.invoke('Join', charter, frame(e => syncProtocol.writeSyncStep1(e, doc))))
    .then(([step2, serverStep1]) => {
      receive(step2)
      receive(serverStep1)
      resolveSynced()
    })
    .catch(rejectSynced)
  return { doc, whenSynced, close: async () => { closing = true; unsubscribe(); await hub.stop() } }
}
