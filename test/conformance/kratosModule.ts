import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Kratos release demo/kratos/go.mod pins; its module holds Kratos's own e2e suite. */
export const KRATOS_MODULE = 'github.com/ory/kratos@v1.3.1'
const DEMO_KRATOS = fileURLToPath(new URL('../../demo/kratos/', import.meta.url))

/** The module's root in the Go module cache (present or not). */
export function kratosModuleDir(): string {
  const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
  return join(cache, KRATOS_MODULE)
}

/** The module's test/e2e, downloading the module first (as the Kratos build does) when missing. */
export function ensureKratosE2eDir(): string {
  const dir = join(kratosModuleDir(), 'test', 'e2e')
  if (!existsSync(join(dir, 'profiles', 'kratos.base.yml'))) execFileSync('go', ['mod', 'download', 'github.com/ory/kratos'], { cwd: DEMO_KRATOS, stdio: 'inherit' })
  return dir
}
