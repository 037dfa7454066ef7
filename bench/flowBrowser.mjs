// The login page Kratos sends the browser to (`/login?flow=<id>`), navigation start → form on screen,
// in Chromium against a real Kratos behind the latency proxy (+0, 50, 150 ms): the demo built three
// ways (the flow read when the hook mounts / prefetchFlow in the entry / plus a preload link that an
// inline script in index.html adds), served by `vite preview` on localhost:4173.
//   node bench/flowBrowser.mjs [--runs 20]     prints `FLOW_BROWSER_JSON {...}` (only these rows)
// npm run bench runs it after table 4. It starts Kratos, vite preview and the proxy on shared ports.
import { runBenchScript } from './lib/cli.mjs'
import { CHROMIUM, ensureChromium } from '../scripts/ensure-deps.mjs'
import { startKratosProxy } from '../scripts/kratosProxy.mjs'
import { ensureKratos, LATENCIES, servePreview, stats } from './browser.mjs'

const PREVIEW = 'http://localhost:4173'
const PROXY_PORT = 4455
const READ = '/self-service/login/flows'

/** The ways the demo can read the flow (demo/src/config.ts, VITE_EARLY_FLOW), in table order. */
export const FLOW_WAYS = [
  { way: 'off', label: 'when the hook mounts (before)' },
  { way: 'prefetch', label: 'prefetchFlow() in main.tsx' },
  { way: 'preload', label: 'prefetchFlow() + <link rel=preload> (demo default)' },
]

const INIT_SCRIPT = () => {
  const marks = (window.__bench = { formAt: undefined, firstRender: undefined, flowStart: undefined, flowEnd: undefined })
  // The first render: React put something into #root (the app's JavaScript ran). The form: the
  // password method's identifier input is in the DOM. The read's resource timing: the first entry
  // (the preload's, when the page has one).
  new MutationObserver((_, observer) => {
    if (marks.firstRender === undefined && document.getElementById('root')?.firstChild) marks.firstRender = performance.now()
    if (document.querySelector('form input[name="identifier"]')) {
      marks.formAt = performance.now()
      const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes('/self-service/login/flows'))
      marks.flowStart = entry?.startTime
      marks.flowEnd = entry?.responseEnd
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

/** One load of the login page with a new flow, in a fresh (signed-out) context. */
async function visit(browser, proxy) {
  const context = await browser.newContext()
  try {
    await context.addInitScript(INIT_SCRIPT)
    // What Kratos's redirect does before the page loads: create the flow (and its CSRF cookie, which
    // the browser then sends to the proxy: cookies are per host, not per port).
    const created = await context.request.get(`${proxy.url}/self-service/login/browser`, { headers: { Accept: 'application/json' } })
    const { id } = await created.json()
    if (!id) throw new Error(`Kratos did not create a login flow (${created.status()})`)
    const before = proxy.log.filter((entry) => entry.path === READ).length
    const page = await context.newPage()
    await page.goto(`${PREVIEW}/login?flow=${id}`, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__bench?.formAt !== undefined, undefined, { timeout: 15_000 })
    const marks = await page.evaluate(() => window.__bench)
    return { ...marks, reads: proxy.log.filter((entry) => entry.path === READ).length - before }
  } finally {
    await context.close()
  }
}

export async function measureFlowBrowser({ runs = 20 } = {}) {
  if (!ensureChromium()) return { skipped: `skipped: ${CHROMIUM} missing and not installable here` }
  const kratos = await ensureKratos()
  if (kratos.skipped) return { skipped: kratos.skipped }
  const proxy = startKratosProxy({ port: PROXY_PORT, target: kratos.url })
  let browser
  try {
    await proxy.listening
    const { chromium } = await import('@playwright/test')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--headless'] })
    const rows = []
    for (const { way, label } of FLOW_WAYS) {
      // whoami as the demo does by default (preload), so that only the flow's read differs.
      const stop = await servePreview(`flow-${way}`, { VITE_ORY_URL: proxy.url, VITE_EARLY_FLOW: way, VITE_EARLY_WHOAMI: 'preload' })
      try {
        for (const latency of LATENCIES) {
          proxy.setLatency(latency)
          const samples = { form: [], flowStart: [], flowEnd: [], firstRender: [], gap: [], afterRender: [], reads: [] }
          for (let i = 0; i <= runs; i++) {
            const marks = await visit(browser, proxy)
            if (process.env.BENCH_DEBUG) console.error(way, latency, JSON.stringify(marks))
            if (i === 0) continue
            samples.form.push(marks.formAt)
            samples.flowStart.push(marks.flowStart)
            samples.flowEnd.push(marks.flowEnd)
            samples.firstRender.push(marks.firstRender)
            samples.gap.push(marks.formAt - Math.max(marks.firstRender, marks.flowEnd))
            // The form's lag behind the app's own first render: what the early read saves, with less of
            // the noise of a shared machine (the JavaScript's own time) than the absolute figure.
            samples.afterRender.push(marks.formAt - marks.firstRender)
            samples.reads.push(marks.reads)
          }
          const median = (values) => stats(values).median
          rows.push({
            way,
            label,
            latency,
            ...stats(samples.form),
            flowStart: median(samples.flowStart),
            flowEnd: median(samples.flowEnd),
            firstRender: median(samples.firstRender),
            afterBoth: median(samples.gap),
            afterRender: median(samples.afterRender),
            readsPerLoad: median(samples.reads),
            maxReadsPerLoad: Math.max(...samples.reads),
          })
        }
      } finally {
        await stop()
      }
    }
    return { note: kratos.note, rows }
  } finally {
    await browser?.close()
    await proxy.close()
    await kratos.stop()
  }
}

await runBenchScript(import.meta.url, 'FLOW_BROWSER', measureFlowBrowser)
