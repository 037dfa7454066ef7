import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
// scripts/kratos.mjs is plain JavaScript shared with `npm run demo`.
// @ts-expect-error no type declarations for the script
import { startKratos as start } from '../../scripts/kratos.mjs'
import { waitForFreePorts } from '../../scripts/ports.mjs'

/** A SQLite file instead of memory, so a test can stop and restart Kratos and keep the sessions. */
export const E2E_DSN = `sqlite://${join(tmpdir(), 'ory-session-react-e2e.sqlite')}?_fk=true&mode=rwc`

// The running Kratos's pid, for whichever process stops it next: the global teardown, or a test
// that restarts Kratos (in a Playwright worker, which is replaced after a failure while Kratos
// must keep running for the next tests).
const PID_FILE = join(tmpdir(), 'ory-session-react-e2e-kratos.pid')
/** demo/kratos/kratos.yml's public and admin ports. */
const PORTS = [4433, 4434]

export interface KratosHandle {
  pid: number
  logFile: string
}

/**
 * Starts Kratos on 4433/4434 with the demo config, plus `overlay` (YAML merged over it, e.g. a
 * short flow lifespan), outliving the calling process.
 */
export async function startKratos(overlay?: string): Promise<KratosHandle> {
  const config = ['kratos.yml']
  if (overlay) {
    const file = join(tmpdir(), `ory-session-react-e2e-overlay-${process.pid}.yml`)
    writeFileSync(file, overlay)
    config.push(file)
  }
  const kratos = (await start({ dsn: E2E_DSN, config, outliveCaller: true })) as KratosHandle
  writeFileSync(PID_FILE, String(kratos.pid))
  return kratos
}

/** Stops the running Kratos (if any) and waits until its ports can be bound again. */
export async function stopKratos(): Promise<void> {
  let pid: number
  try {
    pid = Number(readFileSync(PID_FILE, 'utf8'))
  } catch {
    return
  }
  rmSync(PID_FILE, { force: true })
  // A pid file a crashed run left behind may name a process that has since reused the pid.
  if (isKratos(pid)) {
    signal(pid, 'SIGTERM')
    if (!(await exited(pid, 10_000))) {
      signal(pid, 'SIGKILL')
      await exited(pid, 5_000)
    }
  }
  // Gone is not yet free to bind for whoever starts the next Kratos; this says who holds them if not.
  await waitForFreePorts(PORTS, { timeoutMs: 5_000 })
}

/** Whether `pid` is a running Kratos (a zombie's cmdline is empty). */
function isKratos(pid: number): boolean {
  if (!existsSync('/proc/self/cmdline')) return isAlive(pid) // no /proc (macOS): trust the pid file
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith('/kratos'))
  } catch {
    return false // gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name)
  } catch {
    // exited in between
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isKratos(pid)) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

/** Kratos again, with `overlay` merged over the demo config (or without, to restore it). */
export async function restartKratos(overlay?: string): Promise<KratosHandle> {
  await stopKratos()
  return startKratos(overlay)
}
