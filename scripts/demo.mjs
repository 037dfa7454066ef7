#!/usr/bin/env node
// `npm run demo`: installs what is missing, builds (or reuses) Ory Kratos, starts it, then the
// Vite demo; prints the URLs. Ctrl-C stops both.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ensureNodeModules } from './ensure-deps.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DEMO_PORT = 5173

ensureNodeModules()
const { isListening, startKratos } = await import('./kratos.mjs')

if (await isListening(DEMO_PORT)) {
  console.error(`✗ port ${DEMO_PORT} is already in use — is the demo already running? (lsof -i :${DEMO_PORT})`)
  process.exit(1)
}

let kratos
try {
  kratos = await startKratos()
} catch (error) {
  console.error(`✗ ${error.message}`)
  process.exit(1)
}

// Vite's own entry, not `npx vite`: killing npx would leave the Vite server behind.
const viteBin = `${root}/node_modules/vite/bin/vite.js`
const vite = spawn(process.execPath, [viteBin, '--config', 'demo/vite.config.ts'], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] })
vite.stdout.on('data', (chunk) => process.stdout.write(chunk))
vite.stdout.once('data', () => {
  console.log(`\n  Demo:  http://localhost:${DEMO_PORT}/   (register, enrol TOTP in Settings, try /mfa and /sensitive)`)
  console.log(`  Codes Kratos e-mails (sign-in, recovery, verification): http://localhost:${DEMO_PORT}/mailbox`)
  console.log(`  Kratos: ${kratos.url}   (log: ${kratos.logFile})\n  Ctrl-C stops both.\n`)
})

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  vite.kill('SIGTERM')
  await kratos.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
vite.once('exit', (code) => void stop(code ?? 0))
kratos.process.once('exit', (code) => {
  if (!stopping) console.error(`✗ Kratos exited (${code}); see ${kratos.logFile}`)
  void stop(1)
})
