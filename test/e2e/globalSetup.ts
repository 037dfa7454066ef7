import { rmSync } from 'node:fs'
import { E2E_DSN, startKratos, stopKratos } from './kratosProcess'

/** Builds (or reuses) and starts a real Kratos on a fresh database for the whole run. */
export default async function globalSetup() {
  await stopKratos() // one a crashed run left behind
  const file = E2E_DSN.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '')
  for (const suffix of ['', '-shm', '-wal', '-journal']) rmSync(`${file}${suffix}`, { force: true })
  await startKratos()
}
