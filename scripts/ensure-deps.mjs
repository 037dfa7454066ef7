// Installs what the project needs on a fresh machine: npm packages and Debian's Chromium.
// Used by `npm test` and `npm run demo`, so both work straight after a clone.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, lstatSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
export const CHROMIUM = '/usr/bin/chromium'

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = `${root}/node_modules/.package-lock.json`
  const lock = `${root}/package-lock.json`
  // A node_modules that is a symlink (a git worktree sharing another checkout's install) belongs to
  // that checkout: `npm ci` would empty the linked directory through the link. Leave it alone.
  if (existsSync(`${root}/node_modules`) && lstatSync(`${root}/node_modules`).isSymbolicLink()) return
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  console.log('› installing npm packages (npm ci)…')
  // Playwright must never download a browser: Chromium comes from Debian.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
}

/** Debian's Chromium via apt-get when it is missing (as root); otherwise a clear message. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true
  if (process.getuid?.() !== 0) {
    console.error(`✗ ${CHROMIUM} is missing: install it with "sudo apt-get install -y chromium"`)
    return false
  }
  console.log('› installing Chromium from Debian (apt-get install -y chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  return install.status === 0 && existsSync(CHROMIUM)
}

/**
 * React 18.3 for the second behaviour run (vitest.react18.config.ts): `npm ci --prefix test/react18`
 * when its node_modules is missing or older than its package-lock.json. False when it failed.
 */
export function ensureReact18() {
  const dir = `${root}/test/react18`
  const marker = `${dir}/node_modules/.package-lock.json`
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${dir}/package-lock.json`).mtimeMs) return true
  console.log('› installing React 18.3 for the React 18 run (npm ci --prefix test/react18)…')
  const install = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: root, stdio: 'inherit' })
  return install.status === 0
}

// `node scripts/ensure-deps.mjs react18` (npm run test:react18).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'react18') {
  process.exit(ensureReact18() ? 0 : 1)
}
