#!/usr/bin/env node
// Builds Ory Kratos from the Go module proxy (the release pinned in demo/kratos/go.mod), caches the
// binary outside the repo, and starts it with the demo's config.
//   node scripts/kratos.mjs build   build (or reuse) the binary, print its path
//   node scripts/kratos.mjs start   build if needed, start Kratos, stay in the foreground until Ctrl-C
// Used by `npm run demo`, the Playwright global setup and the browser bench.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureTokenizerConfig } from './kratosTokenizer.mjs'
import { portHolder, waitForFreePorts } from './ports.mjs'

const KRATOS_DIR = fileURLToPath(new URL('../demo/kratos/', import.meta.url))
export const KRATOS_PUBLIC_URL = 'http://localhost:4433'
const PORTS = [4433, 4434]

/** The Kratos release pinned in demo/kratos/go.mod. */
export function kratosVersion() {
  const match = readFileSync(join(KRATOS_DIR, 'go.mod'), 'utf8').match(/github\.com\/ory\/kratos (v\S+)/)
  if (!match) throw new Error('demo/kratos/go.mod does not require github.com/ory/kratos')
  return match[1]
}

/** Where the binary is cached: keyed by version and by what it is built from. */
export function kratosBinaryPath() {
  const hash = createHash('sha256')
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(KRATOS_DIR, file)))
  const cache = process.env.KRATOS_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ory-session-react', 'kratos')
  return join(cache, `${kratosVersion()}-${hash.digest('hex').slice(0, 12)}`, 'kratos')
}

/** Returns the cached binary, building it first (several minutes the first time) when missing. */
export async function ensureKratosBinary() {
  const binary = kratosBinaryPath()
  if (existsSync(binary)) return binary
  mkdirSync(join(binary, '..'), { recursive: true })
  const partial = `${binary}.partial-${process.pid}`
  console.log(`› building Ory Kratos ${kratosVersion()} from the Go module proxy (first time only; a few minutes)…`)
  const started = Date.now()
  const ticker = setInterval(() => console.log(`  … still building Kratos (${Math.round((Date.now() - started) / 1000)} s)`), 30_000)
  try {
    await run('go', ['build', '-tags', 'sqlite', '-o', partial, '.'], { cwd: KRATOS_DIR, env: { ...process.env, CGO_ENABLED: '1' } })
  } catch (error) {
    rmSync(partial, { force: true })
    throw new Error(`building Kratos failed (is Go installed? \`go version\`): ${error.message}`)
  } finally {
    clearInterval(ticker)
  }
  renameSync(partial, binary)
  console.log(`› built Kratos in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`)
  return binary
}

/**
 * Starts Kratos with demo/kratos/kratos.yml and resolves once it is ready; `stop()` ends it.
 * `dsn` replaces the config's in-memory database (the browser tests use a SQLite file so that
 * Kratos can be stopped and started again without losing its sessions). `config` (files, read from
 * `cwd`), `publicUrl` and `ports` start it elsewhere (the fixture capture runs on 14433/14434).
 * `outliveCaller` keeps Kratos running when this process exits (a browser test that restarts Kratos
 * runs in a Playwright worker, which is replaced after a failure; the next tests still need Kratos):
 * its output then goes straight to the log file, and whoever started it must stop it by pid.
 * Busy `ports` (a Kratos still stopping, a connection's TIME_WAIT) are waited for up to
 * `portWaitMs`, then reported with what holds them; `stop()` resolves once they are free again.
 */
export async function startKratos({
  logFile = join(tmpdir(), 'ory-session-react-kratos.log'),
  dsn,
  config = ['kratos.yml'],
  cwd = KRATOS_DIR,
  publicUrl = KRATOS_PUBLIC_URL,
  ports = PORTS,
  outliveCaller = false,
  portWaitMs = 15_000,
} = {}) {
  try {
    await waitForFreePorts(ports, { timeoutMs: portWaitMs })
  } catch (error) {
    throw new Error(`cannot start Kratos at ${publicUrl}: ${error.message}`)
  }
  const binary = await ensureKratosBinary()
  const started = Date.now()
  const env = dsn ? { ...process.env, DSN: dsn } : process.env
  const configArgs = config.flatMap((file) => ['-c', file])
  if (dsn) await run(binary, ['migrate', 'sql', '-e', '--yes', ...configArgs], { cwd, env })
  const tokenizer = ensureTokenizerConfig(join(binary, '..', '..'))
  const args = ['serve', ...configArgs, '-c', tokenizer, '--dev']
  const toStdout = process.env.KRATOS_LOG === 'stdout' && !outliveCaller
  let child
  if (outliveCaller) {
    const fd = openSync(logFile, 'a')
    child = spawn(binary, args, { cwd, env, stdio: ['ignore', fd, fd], detached: true })
    closeSync(fd)
    child.unref()
  } else {
    const log = createWriteStream(logFile, { flags: 'a' })
    child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (toStdout ? process.stdout.write(chunk) : log.write(chunk)))
  }
  // Kills Kratos when this process exits; removed once Kratos is stopped, so that a process which
  // restarts Kratos many times (the conformance suite's configure()) does not pile up listeners.
  const killOnExit = () => child.kill('SIGKILL')
  const exited = () =>
    new Promise((resolve) => {
      process.off('exit', killOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
    })
  // Whoever starts a server on these ports next (the next test's Kratos) may bind them once this
  // resolves. Still busy after Kratos exited means someone else holds them: that start says who.
  const stop = () => exited().then(() => waitForFreePorts(ports, { timeoutMs: 5_000 }).catch(() => {}))
  if (!outliveCaller) process.once('exit', killOnExit)
  try {
    await waitUntilReady(child, logFile, publicUrl)
  } catch (error) {
    await stop()
    throw error
  }
  console.log(`› Kratos ${kratosVersion()} ready at ${publicUrl} in ${Date.now() - started} ms (log: ${toStdout ? 'stdout' : logFile})`)
  return { url: publicUrl, pid: child.pid, logFile, process: child, stop }
}

async function waitUntilReady(child, logFile, publicUrl, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Kratos exited with code ${child.exitCode}; see ${logFile}:\n${tail(logFile)}${bindHolder(tail(logFile))}`)
    try {
      const response = await fetch(`${publicUrl}/health/ready`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Kratos was not ready within ${timeoutMs / 1000} s; see ${logFile}:\n${tail(logFile)}`)
}

/** What took the port Kratos could not bind (between the free-port check and its bind), if that is why it exited. */
function bindHolder(log) {
  const port = /listen tcp \S*:(\d+): bind: address already in use/.exec(log)?.[1]
  return port ? `\nport ${port}: ${portHolder(Number(port))}` : ''
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n')
  } catch {
    return ''
  }
}

/**
 * Whether a server answers on `port` (IPv4 or IPv6 localhost). Not whether the port can be bound:
 * an outgoing connection's port answers nothing yet blocks a bind (see ports.mjs's isPortFree).
 */
export function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command] = process.argv.slice(2)
  try {
    if (command === 'build') console.log(await ensureKratosBinary())
    else if (command === 'start') {
      const kratos = await startKratos()
      const shutdown = () => kratos.stop().then(() => process.exit(0))
      process.once('SIGINT', shutdown)
      process.once('SIGTERM', shutdown)
    } else {
      console.error('usage: node scripts/kratos.mjs build|start')
      process.exit(2)
    }
  } catch (error) {
    console.error(`✗ ${error.message}`)
    process.exit(1)
  }
}
