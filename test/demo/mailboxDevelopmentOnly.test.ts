// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, resolveConfig } from 'vite'
import { afterAll, expect, test } from 'vitest'

// The demo's Mailbox page reads Kratos's admin API through the Vite dev server. The admin API must
// never be reachable from a deployed demo: neither the page nor a proxy may survive outside `vite`.
const configFile = 'demo/vite.config.ts'
const outDir = mkdtempSync(join(tmpdir(), 'demo-build-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

test('the production build of the demo has no Mailbox page and no path to the admin API', async () => {
  // As `vite build` runs it: NODE_ENV production (vitest sets 'test', which would build for development).
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile, mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  const assets = join(outDir, 'assets')
  const bundle = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n')
  // (booleans: a failure must not print the whole bundle)
  expect(bundle.includes('Recover your account')).toBe(true) // the flow pages are there…
  expect(bundle.includes('__mailbox')).toBe(false) // …the Mailbox is not
  expect(bundle.includes('courier')).toBe(false)
}, 60_000)

test('only the dev server proxies /__mailbox (to the admin API); vite preview proxies nothing', async () => {
  const dev = await resolveConfig({ configFile, logLevel: 'silent' }, 'serve', 'development')
  expect(dev.server.proxy?.['/__mailbox']).toMatchObject({ target: 'http://localhost:4434' })
  const preview = await resolveConfig({ configFile, logLevel: 'silent' }, 'serve', 'production', 'production', true)
  expect(preview.preview.proxy).toEqual({})
})
