// Starts the cached Kratos (scripts/kratos.mjs) with the demo's config moved to other ports, so a
// capture never collides with the demo or the browser tests on 4433/4434/5173: Kratos on 14433
// (public) and 14434 (admin), the SPA origin http://localhost:15173 (the :4173 preview origin
// becomes :15174). A variant adds an overlay file (Kratos merges repeated `-c` files).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startKratos } from '../kratos.mjs'

const DEMO_KRATOS = fileURLToPath(new URL('../../demo/kratos/', import.meta.url))
export const PUBLIC_URL = 'http://localhost:14433'
export const ADMIN_URL = 'http://localhost:14434'
export const SPA_ORIGIN = 'http://localhost:15173'

/** The demo's kratos.yml with every demo port replaced by the capture's. */
export function capturedConfig() {
  return readFileSync(join(DEMO_KRATOS, 'kratos.yml'), 'utf8')
    .replaceAll('localhost:4433', 'localhost:14433')
    .replaceAll('localhost:4434', 'localhost:14434')
    .replaceAll('localhost:5173', 'localhost:15173')
    .replaceAll('localhost:4173', 'localhost:15174')
}

const PORTS_OVERLAY = 'serve:\n  public:\n    port: 14433\n  admin:\n    port: 14434\n'

/** Starts Kratos with the captured config plus `overlay` (YAML text); `stop()` ends it and cleans up. */
export async function startCaptureKratos(overlay = '') {
  const dir = mkdtempSync(join(tmpdir(), 'ory-flow-fixtures-'))
  writeFileSync(join(dir, 'kratos.yml'), capturedConfig())
  copyFileSync(join(DEMO_KRATOS, 'identity.schema.json'), join(dir, 'identity.schema.json'))
  writeFileSync(join(dir, 'ports.yml'), PORTS_OVERLAY)
  const config = ['kratos.yml', 'ports.yml']
  if (overlay) {
    writeFileSync(join(dir, 'variant.yml'), overlay)
    config.push('variant.yml')
  }
  const kratos = await startKratos({ config, cwd: dir, publicUrl: PUBLIC_URL, ports: [14433, 14434], logFile: join(dir, 'kratos.log') })
  return {
    ...kratos,
    async stop() {
      await kratos.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
