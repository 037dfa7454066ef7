#!/usr/bin/env node
// `npm run demo`: installs what is missing, builds (or reuses) Ory Kratos, starts it, then the
// Vite demo; prints the URLs. Ctrl-C stops both.
// Kratos can be paused, stopped and started again while the demo stays up, to watch the page show
// the error and recover by itself: type `p` + Enter (pause / resume: a hung Kratos) or `k` + Enter
// (stop / start). Sessions live in a SQLite file for the run, so they survive a restart.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ensureNodeModules } from './ensure-deps.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DEMO_PORT = 5173
const DB = join(tmpdir(), 'ory-session-react-demo.sqlite')

ensureNodeModules()
const { isListening, startKratos } = await import('./kratos.mjs')

if (await isListening(DEMO_PORT)) {
  console.error(`✗ port ${DEMO_PORT} is already in use — is the demo already running? (lsof -i :${DEMO_PORT})`)
  process.exit(1)
}

for (const suffix of ['', '-shm', '-wal', '-journal']) rmSync(`${DB}${suffix}`, { force: true })
const dsn = `sqlite://${DB}?_fk=true&mode=rwc`
let kratos
let paused = false
let stopping = false

async function start() {
  kratos = await startKratos({ dsn })
  paused = false
  kratos.process.once('exit', (code, signal) => {
    if (stopping) return
    console.error(`✗ Kratos exited (${code ?? signal}); the demo stays up. Type k + Enter to start it again (log: ${kratos.logFile})`)
    kratos = undefined
  })
}

try {
  await start()
} catch (error) {
  console.error(`✗ ${error.message}`)
  process.exit(1)
}

// Vite's own entry, not `npx vite`: killing npx would leave the Vite server behind. Its stdin is
// ours: the keys below drive Kratos.
const viteBin = `${root}/node_modules/vite/bin/vite.js`
const vite = spawn(process.execPath, [viteBin, '--config', 'demo/vite.config.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
vite.stdout.on('data', (chunk) => process.stdout.write(chunk))
vite.stdout.once('data', () => {
  console.log(`\n  Demo:  http://localhost:${DEMO_PORT}/   (register, enrol TOTP in Settings, try /mfa and /sensitive)`)
  console.log(`  Codes Kratos e-mails (sign-in, recovery, verification): http://localhost:${DEMO_PORT}/mailbox`)
  console.log(`  Kratos: ${kratos.url}   (log: ${kratos.logFile})`)
  console.log('  p + Enter: pause / resume Kratos (it hangs)   k + Enter: stop / start Kratos   Ctrl-C: stop both\n')
})

createInterface({ input: process.stdin }).on('line', (line) => void command(line.trim()))
async function command(key) {
  try {
    if (key === 'p' && kratos) {
      paused = !paused
      process.kill(kratos.pid, paused ? 'SIGSTOP' : 'SIGCONT')
      console.log(paused ? '› Kratos paused: requests hang. p + Enter resumes it.' : '› Kratos resumed.')
    } else if (key === 'k' && kratos) {
      if (paused) process.kill(kratos.pid, 'SIGCONT')
      const stopped = kratos
      kratos = undefined
      stopping = true
      await stopped.stop()
      stopping = false
      console.log('› Kratos stopped; the demo stays up. k + Enter starts it again.')
    } else if (key === 'k') {
      await start()
    }
  } catch (error) {
    console.error(`✗ ${error.message}`)
  }
}

async function stop(code = 0) {
  if (stopping === 'all') return
  stopping = 'all'
  vite.kill('SIGTERM')
  if (paused && kratos) process.kill(kratos.pid, 'SIGCONT')
  await kratos?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
vite.once('exit', (code) => void stop(code ?? 0))
