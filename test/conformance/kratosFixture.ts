import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error scripts/kratos.mjs is plain JavaScript shared with `npm run demo`
import { startKratos } from '../../scripts/kratos.mjs'
import { ensureKratosE2eDir } from './kratosModule'
import { writeProfileConfig, type Overlay } from './profileConfig'
import { KRATOS_ADMIN_PORT, KRATOS_ADMIN_URL, KRATOS_PUBLIC_PORT, KRATOS_PUBLIC_URL, SLOT } from './slot'

interface Started {
  pid: number
  logFile: string
  stop(): Promise<void>
}

/** One profile's Kratos in this slot; `configure` swaps the overlays Ory's specs change mid-run. */
export interface ConformanceKratos {
  readonly profile: string
  readonly publicUrl: string
  readonly adminUrl: string
  readonly logFile: string
  /**
   * Restarts Kratos with the profile plus exactly these overlays (none: the plain profile), as
   * Ory's `cy.useConfigProfile` / `cy.useLaxAal` / … rewrite its config. A no-op when they are the
   * ones running. The database (SQLite in tmp) is kept: identities and sessions survive.
   */
  configure(...overlays: Overlay[]): Promise<void>
  /** Milliseconds each restart took (stop → ready), for docs/conformance.md. */
  readonly restarts: readonly number[]
}

const dir = join(tmpdir(), `ory-session-react-conformance-${SLOT}`)

/** Starts Kratos for `profile` on a fresh database; the caller stops it with `stop()`. */
export async function startProfile(profile: string): Promise<ConformanceKratos & { stop(): Promise<void> }> {
  const e2eDir = ensureKratosE2eDir()
  const dbFile = join(dir, 'kratos.sqlite')
  for (const suffix of ['', '-shm', '-wal', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true })
  const logFile = join(dir, 'kratos.log')
  let current = ''
  let running: Started | undefined
  const restarts: number[] = []
  const start = async (overlays: Overlay[]) => {
    const config = writeProfileConfig(join(dir, 'config'), e2eDir, profile, overlays)
    running = (await startKratos({
      config,
      cwd: dir,
      dsn: `sqlite://${dbFile}?_fk=true&mode=rwc`,
      publicUrl: KRATOS_PUBLIC_URL,
      ports: [KRATOS_PUBLIC_PORT, KRATOS_ADMIN_PORT],
      logFile,
    })) as Started
    current = JSON.stringify(overlays)
  }
  await start([])
  return {
    profile,
    publicUrl: KRATOS_PUBLIC_URL,
    adminUrl: KRATOS_ADMIN_URL,
    logFile,
    restarts,
    async configure(...overlays) {
      if (JSON.stringify(overlays) === current) return
      const began = Date.now()
      await running?.stop()
      await start(overlays)
      restarts.push(Date.now() - began)
    },
    async stop() {
      await running?.stop()
    },
  }
}
