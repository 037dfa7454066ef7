import { join } from 'node:path'
import { tmpdir } from 'node:os'
// scripts/kratos.mjs is plain JavaScript shared with `npm run demo`.
// @ts-expect-error no type declarations for the script
import { startKratos as start } from '../../scripts/kratos.mjs'

/** A SQLite file instead of memory, so a test can stop and restart Kratos and keep the sessions. */
export const E2E_DSN = `sqlite://${join(tmpdir(), 'ory-session-react-e2e.sqlite')}?_fk=true&mode=rwc`

export interface KratosHandle {
  pid: number
  logFile: string
  stop(): Promise<void>
}

export const startKratos = (): Promise<KratosHandle> => start({ dsn: E2E_DSN })
