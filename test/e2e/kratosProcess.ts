import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
// scripts/kratos.mjs is plain JavaScript shared with `npm run demo`.
// @ts-expect-error no type declarations for the script
import { isListening, startKratos as start } from '../../scripts/kratos.mjs'

/** A SQLite file instead of memory, so a test can stop and restart Kratos and keep the sessions. */
export const E2E_DSN = `sqlite://${join(tmpdir(), 'ory-session-react-e2e.sqlite')}?_fk=true&mode=rwc`

// The running Kratos's pid, for whichever process stops it next: the global teardown, or a test
// that restarts Kratos (in a Playwright worker, which is replaced after a failure while Kratos
// must keep running for the next tests).
const PID_FILE = join(tmpdir(), 'ory-session-react-e2e-kratos.pid')

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

/** Stops the running Kratos (if any) and waits until its ports are free. */
export async function stopKratos(): Promise<void> {
  let pid: number
  try {
    pid = Number(readFileSync(PID_FILE, 'utf8'))
  } catch {
    return
  }
  rmSync(PID_FILE, { force: true })
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    return // already gone
  }
  const deadline = Date.now() + 10_000
  while ((await isListening(4433)) || (await isListening(4434))) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL')
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Kratos again, with `overlay` merged over the demo config (or without, to restore it). */
export async function restartKratos(overlay?: string): Promise<KratosHandle> {
  await stopKratos()
  return startKratos(overlay)
}
