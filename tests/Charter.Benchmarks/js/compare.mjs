// Runs Charter.Benchmarks and the yjs replay on the same trace, alternating, N times each (default 3),
// then prints the median of every figure and Charter's ratio to yjs.
// Usage: node compare.mjs <file.json.gz> [runs]
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const project = path.resolve(here, '..')
const trace = path.resolve(process.argv[2] ?? '')
const runs = Number(process.argv[3] ?? 3)
if (!process.argv[2]) {
  console.error('usage: node compare.mjs <file.json.gz> [runs]')
  process.exit(2)
}

execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', project], { stdio: 'inherit' })
const dll = path.join(project, 'bin', 'Release', 'net10.0', 'Charter.Benchmarks.dll')

const runJson = (cmd, args) => JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n').pop())
const charter = []
const yjs = []
for (let i = 0; i < runs; i++) {
  charter.push(runJson('dotnet', [dll, 'trace', trace]))
  yjs.push(runJson('node', ['--expose-gc', path.join(here, 'replay.mjs'), trace]))
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const keys = ['applyMs', 'first10PctMs', 'last10PctMs', 'encodeV1Ms', 'encodeV2Ms', 'loadV1Ms', 'remoteApplyMs', 'heapBytes', 'v1Bytes', 'v2Bytes', 'finalLength']
const rows = keys.map(k => {
  const c = median(charter.map(r => r[k]))
  const y = median(yjs.map(r => r[k]))
  return { figure: k, charter: c, yjs: y, ratio: Math.round((c / y) * 100) / 100 }
})
console.log(`trace: ${path.basename(trace)}, ${runs} runs each, medians`)
console.table(rows)
const c = Object.fromEntries(rows.map(r => [r.figure, r.charter]))
const y = Object.fromEntries(rows.map(r => [r.figure, r.yjs]))
const targets = [
  ['replay <= 0.5x yjs', c.applyMs <= 0.5 * y.applyMs],
  ['load V1 no slower than yjs', c.loadV1Ms <= y.loadV1Ms],
  ['retained heap <= 2x yjs', c.heapBytes <= 2 * y.heapBytes],
  ['last 10% of ops <= 1.5x first 10%', c.last10PctMs <= 1.5 * c.first10PctMs],
  ['identical V1/V2 bytes and all runs ok', c.v1Bytes === y.v1Bytes && c.v2Bytes === y.v2Bytes && charter.every(r => r.ok) && yjs.every(r => r.ok)]
]
for (const [name, met] of targets) console.log(`${met ? 'met ' : 'MISSED'}  ${name}`)
