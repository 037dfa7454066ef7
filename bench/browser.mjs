// Time to decision in a real browser: the demo (production build, served on localhost:5173) against
// a real Kratos on localhost:4433, driven by Playwright with Debian's Chromium. Then the same demo
// built three ways (whoami when the provider mounts / prefetchSession in the entry / plus a preload
// link in index.html), served on localhost:4173, against Kratos behind a latency proxy (+0, 50, 150 ms).
//   node bench/browser.mjs [--runs 20]      prints `BROWSER_JSON {...}`
// Kratos: one already answering on localhost:4433 is used as is; otherwise scripts/kratos.mjs's
// startKratos() is called when that file exists; otherwise the table says why it was skipped.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { CHROMIUM, ensureChromium } from '../scripts/ensure-deps.mjs'
import { startKratosProxy } from '../scripts/kratosProxy.mjs'
import { BENCH, ROOT } from './lib/size.mjs'
import { runBenchScript } from './lib/cli.mjs'

const APP = 'http://localhost:5173'
const DEFAULT_KRATOS = 'http://localhost:4433'
const DEFAULT_KRATOS_ADMIN = 'http://localhost:4434'
const SKIPPED = 'skipped: real Kratos not available (run npm run demo set-up)'
const PREVIEW = 'http://localhost:4173'
const PROXY_PORT = 4455

/** The ways the demo can start whoami (demo/src/config.ts, VITE_EARLY_WHOAMI), in table order. */
export const EARLY_WAYS = [
  { way: 'off', label: 'when the provider mounts (before)' },
  { way: 'prefetch', label: 'prefetchSession() in main.tsx' },
  { way: 'preload', label: 'prefetchSession() + <link rel=preload> (demo default)' },
]
export const LATENCIES = [0, 50, 150]

/** The four rows of the browser table, in order. */
export const BROWSER_MEASURES = [
  { case: 'signed out', measure: "whoami response → guard's navigation to Kratos login" },
  { case: 'signed out', measure: "navigation start → guard's navigation to Kratos login" },
  { case: 'signed in', measure: 'whoami response → first protected render' },
  { case: 'signed in', measure: 'navigation start → first protected render' },
]

const INIT_SCRIPT = () => {
  const marks = (window.__bench = { whoamiEnd: undefined, whoamiStart: undefined, firstRender: undefined, loginAt: undefined, protectedAt: undefined })
  // The first whoami's resource timing (the preload's, when the page has one).
  const noteWhoami = () => {
    const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes('/sessions/whoami'))
    marks.whoamiStart = entry?.startTime
    marks.whoamiEnd = entry?.responseEnd
  }
  // The guard's redirect: location.replace() to Kratos's login flow. Record it and cancel it, so the
  // page (and its resource timings) stays readable.
  window.navigation?.addEventListener('navigate', (event) => {
    if (!event.destination.url.includes('/self-service/login/browser') || marks.loginAt !== undefined) return
    marks.loginAt = performance.now()
    noteWhoami()
    window.__benchReport?.(JSON.stringify(marks))
    if (event.cancelable) event.preventDefault()
  })
  // The first protected render: the guard's children are in the DOM.
  // The first render: React put something into #root (the app's JavaScript ran).
  new MutationObserver((_, observer) => {
    if (marks.firstRender === undefined && document.getElementById('root')?.firstChild) marks.firstRender = performance.now()
    if (marks.protectedAt === undefined && document.querySelector('[data-testid="page-protected"]')) {
      marks.protectedAt = performance.now()
      noteWhoami()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

export async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1500) })
    return response.status
  } catch {
    return 0
  }
}

async function waitFor(url, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if ((await answers(url)) !== 0) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

/** A running Kratos: the one already up, or one started through scripts/kratos.mjs. */
export async function ensureKratos() {
  if ((await answers(`${DEFAULT_KRATOS}/health/alive`)) === 200) {
    return { url: DEFAULT_KRATOS, admin: DEFAULT_KRATOS_ADMIN, stop: async () => {}, note: 'Kratos already running' }
  }
  const script = `${ROOT}scripts/kratos.mjs`
  if (!existsSync(script)) return { skipped: `${SKIPPED}: scripts/kratos.mjs missing` }
  const module = await import(pathToFileURL(script).href)
  if (typeof module.startKratos !== 'function') return { skipped: `${SKIPPED}: scripts/kratos.mjs exports no startKratos()` }
  const started = await module.startKratos()
  const url = (started?.publicUrl ?? started?.url ?? DEFAULT_KRATOS).replace(/\/$/, '')
  const admin = (started?.adminUrl ?? DEFAULT_KRATOS_ADMIN).replace(/\/$/, '')
  const stop = async () => {
    if (typeof started?.stop === 'function') await started.stop()
    else if (typeof started?.close === 'function') await started.close()
    else if (typeof started?.kill === 'function') started.kill()
  }
  if (!(await waitFor(`${url}/health/alive`, 60_000))) {
    await stop()
    return { skipped: `${SKIPPED}: startKratos() returned but ${url}/health/alive does not answer` }
  }
  return { url, admin, stop, note: 'Kratos started by scripts/kratos.mjs' }
}

/** The demo on :5173: the one already served, or a production build served by `vite preview`. */
async function ensureDemo(kratosUrl) {
  if ((await answers(`${APP}/`)) !== 0) return { stop: async () => {}, note: 'demo already served on :5173' }
  const outDir = `${BENCH}/.out/demo`
  const vite = `${ROOT}node_modules/vite/bin/vite.js`
  const env = { ...process.env, VITE_ORY_URL: kratosUrl }
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'demo/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  if (built.status !== 0) throw new Error(`vite build of the demo failed: ${(built.stderr || built.stdout).split('\n')[0]}`)
  const server = spawn(process.execPath, [vite, 'preview', '--config', 'demo/vite.config.ts', '--outDir', outDir, '--port', '5173', '--strictPort'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  })
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
  }
  if (!(await waitFor(`${APP}/`, 30_000))) {
    await stop()
    throw new Error('vite preview did not answer on :5173')
  }
  return { stop, note: 'demo: production build (vite build + vite preview)' }
}

/** The demo built with `env` into its own folder and served by `vite preview` on :4173. */
export async function servePreview(name, env) {
  const outDir = `${BENCH}/.out/demo-${name}`
  const vite = `${ROOT}node_modules/vite/bin/vite.js`
  const withEnv = { ...process.env, ...env }
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'demo/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: withEnv,
    encoding: 'utf8',
  })
  if (built.status !== 0) throw new Error(`vite build of the demo (${name}) failed: ${(built.stderr || built.stdout).split('\n')[0]}`)
  const server = spawn(process.execPath, [vite, 'preview', '--config', 'demo/vite.config.ts', '--outDir', outDir], { cwd: ROOT, env: withEnv, stdio: 'ignore' })
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
  }
  if (!(await waitFor(`${PREVIEW}/`, 30_000))) {
    await stop()
    throw new Error('vite preview did not answer on :4173')
  }
  return stop
}

/**
 * Signed in, navigation start → first protected render, for each way of starting whoami and each
 * latency the proxy adds to every Kratos request; with whoami's start and end, the first render
 * (the app's JavaScript ran) and the whoami requests the proxy saw per page load.
 */
async function measureLatencies(context, kratos, runs) {
  const proxy = startKratosProxy({ port: PROXY_PORT, target: kratos.url })
  await proxy.listening
  const rows = []
  try {
    for (const { way, label } of EARLY_WAYS) {
      const stop = await servePreview(way, { VITE_ORY_URL: proxy.url, VITE_EARLY_WHOAMI: way })
      try {
        for (const latency of LATENCIES) {
          proxy.setLatency(latency)
          const samples = { decision: [], whoamiStart: [], whoamiEnd: [], firstRender: [], gap: [], requests: [] }
          for (let i = 0; i <= runs; i++) {
            const before = proxy.log.filter((entry) => entry.path === '/sessions/whoami').length
            const marks = await visit(context, 'protectedAt', PREVIEW)
            if (i === 0) continue
            samples.decision.push(marks.protectedAt)
            samples.whoamiStart.push(marks.whoamiStart)
            samples.whoamiEnd.push(marks.whoamiEnd)
            samples.firstRender.push(marks.firstRender)
            samples.gap.push(marks.protectedAt - Math.max(marks.firstRender, marks.whoamiEnd))
            if (process.env.BENCH_DEBUG) console.error(way, latency, JSON.stringify(marks))
            samples.requests.push(proxy.log.filter((entry) => entry.path === '/sessions/whoami').length - before)
          }
          const median = (values) => stats(values).median
          rows.push({
            way,
            label,
            latency,
            ...stats(samples.decision),
            whoamiStart: median(samples.whoamiStart),
            whoamiEnd: median(samples.whoamiEnd),
            firstRender: median(samples.firstRender),
            afterBoth: median(samples.gap),
            requestsPerLoad: median(samples.requests),
          })
        }
      } finally {
        await stop()
      }
    }
  } finally {
    await proxy.close()
  }
  return rows
}

/** A signed-in browser context: a fresh identity registered through Kratos's browser flow. */
async function signIn(context, kratos) {
  const email = `bench-${randomBytes(6).toString('hex')}@example.com`
  const password = `Bench-${randomBytes(12).toString('base64url')}`
  const json = { Accept: 'application/json' }
  const csrfOf = (flow) => flow.ui?.nodes?.find((node) => node.attributes?.name === 'csrf_token')?.attributes.value
  const submit = async (kind, body) => {
    const flow = await (await context.request.get(`${kratos.url}/self-service/${kind}/browser`, { headers: json })).json()
    const response = await context.request.post(flow.ui.action, { headers: json, data: { ...body, csrf_token: csrfOf(flow) } })
    return response
  }
  let response = await submit('registration', { method: 'password', password, traits: { email } })
  if (!response.ok()) {
    // Two-step registration, or registration off: create the identity with the admin API and log in.
    await context.request.post(`${kratos.admin}/admin/identities`, {
      headers: json,
      data: { schema_id: 'default', traits: { email }, credentials: { password: { config: { password } } } },
    })
    response = await submit('login', { method: 'password', identifier: email, password })
  }
  const whoami = await context.request.get(`${kratos.url}/sessions/whoami`, { headers: json })
  if (whoami.status() !== 200) throw new Error(`could not sign a test user in (whoami answered ${whoami.status()})`)
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  return { median, p90: at(0.9), min: sorted[0], max: sorted.at(-1), runs: sorted.length }
}

async function visit(context, field, app = APP) {
  const page = await context.newPage()
  let reported
  await page.exposeBinding('__benchReport', (_source, marks) => {
    reported = JSON.parse(marks)
  })
  try {
    await page.goto(`${app}/protected`, { waitUntil: 'commit' })
    await page.waitForFunction((name) => window.__bench?.[name] !== undefined, field, { timeout: 15_000 }).catch(() => undefined)
    const marks = (await page.evaluate(() => window.__bench).catch(() => undefined)) ?? reported
    if (marks?.[field] === undefined || marks.whoamiEnd === undefined) throw new Error(`no ${field} mark (page at ${page.url()})`)
    return marks
  } finally {
    await page.close()
  }
}

export async function measureBrowser({ runs = 20 } = {}) {
  // Debian's Chromium, installed with apt-get on a fresh machine (as `npm test` does); never downloaded.
  if (!ensureChromium()) return { skipped: `skipped: ${CHROMIUM} missing and not installable here` }
  const kratos = await ensureKratos()
  if (kratos.skipped) return { skipped: kratos.skipped }
  let demo
  let browser
  try {
    demo = await ensureDemo(kratos.url)
    const { chromium } = await import('@playwright/test')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--headless'],
    })
    const out = { note: `${kratos.note}; ${demo.note}`, signedOut: { decision: [], fromNavigation: [] }, signedIn: { decision: [], fromNavigation: [] } }
    // Signed out: a fresh context (no cookie) per run; one warm-up run is not counted.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext()
      await context.addInitScript(INIT_SCRIPT)
      const marks = await visit(context, 'loginAt')
      await context.close()
      if (i === 0) continue
      out.signedOut.decision.push(marks.loginAt - marks.whoamiEnd)
      out.signedOut.fromNavigation.push(marks.loginAt)
    }
    // Signed in: one context holding the session cookie, a new page per run.
    const context = await browser.newContext()
    await signIn(context, kratos)
    await context.addInitScript(INIT_SCRIPT)
    for (let i = 0; i <= runs; i++) {
      const marks = await visit(context, 'protectedAt')
      if (i === 0) continue
      out.signedIn.decision.push(marks.protectedAt - marks.whoamiEnd)
      out.signedIn.fromNavigation.push(marks.protectedAt)
    }
    const latencyRows = await measureLatencies(context, kratos, runs)
    await context.close()
    return {
      note: out.note,
      latencyRows,
      rows: [
        { ...BROWSER_MEASURES[0], ...stats(out.signedOut.decision) },
        { ...BROWSER_MEASURES[1], ...stats(out.signedOut.fromNavigation) },
        { ...BROWSER_MEASURES[2], ...stats(out.signedIn.decision) },
        { ...BROWSER_MEASURES[3], ...stats(out.signedIn.fromNavigation) },
      ],
    }
  } finally {
    await browser?.close()
    await demo?.stop()
    await kratos.stop()
  }
}

await runBenchScript(import.meta.url, 'BROWSER', measureBrowser)
