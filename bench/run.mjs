#!/usr/bin/env node
// `npm run bench`: four tables in one run.
//   1. bundle size of this SDK and of its peers (esbuild + gzip/brotli)
//   2. whoami requests: load, focus, a 5-minute outage, K tabs (jsdom + MSW + fake timers)
//   3. renders of a useSession consumer
//   4. time to decision in Chromium against a real Kratos (skipped when none is available); 4b. the
//      login page's form (node bench/flowBrowser.mjs runs only those rows)
// Peers are installed into bench/node_modules (never into the package's own dependencies).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { ensureNodeModules } from '../scripts/ensure-deps.mjs'
import { BROWSER_MEASURES, EARLY_WAYS, LATENCIES } from './browser.mjs'
import { FLOW_WAYS } from './flowBrowser.mjs'
import { SDK_ENTRIES } from './lib/entries.mjs'
import { ALL_FEATURES_EDITS, FEATURES } from './lib/features.mjs'
import { BENCH, measure, reason, ROOT, SDK_PEERS, table } from './lib/size.mjs'

const started = Date.now()
const log = (line = '') => console.log(line)
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

ensureNodeModules()
let peersMissing
if (!existsSync(`${BENCH}/node_modules`)) {
  log('› installing the peers measured by the bench (npm install --prefix bench)…')
  try {
    execFileSync('npm', ['install', '--prefix', BENCH, '--no-audit', '--no-fund', '--legacy-peer-deps'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    })
  } catch (error) {
    peersMissing = `npm install --prefix bench failed: ${reason(error)}`
  }
}

log(`ory-session-react bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
  `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`)

// ─── 1. size ────────────────────────────────────────────────────────────────────────────────

function versionOf(name) {
  for (const dir of [`${BENCH}/node_modules`, `${ROOT}node_modules`]) {
    try {
      return JSON.parse(readFileSync(`${dir}/${name}/package.json`, 'utf8')).version.replace(/^v/, '')
    } catch {
      // not there
    }
  }
  return '?'
}
const v = (name) => `${name}@${versionOf(name)}`

const SIZE_ROWS = [
  // Every SDK entry of bench/lib/entries.mjs, alone and with its runtime deps, with its budgets.
  ...SDK_ENTRIES.flatMap(({ name, entry, budget }, i) => [
    { name: `this SDK, ${name} — SDK alone (react-query external)`, entry, external: SDK_PEERS, sdk: true, limit: budget.alone },
    { name: `this SDK, ${name} — SDK + runtime deps (${v('@tanstack/react-query')})`, entry, sdk: true, limit: budget.withDeps, reference: i === 0 },
  ]),
  { name: `${v('next-auth')}/react (SessionProvider, useSession; no guard)`, entry: 'next-auth.js' },
  { name: `${v('@auth0/auth0-react')} (Auth0Provider, useAuth0, withAuthenticationRequired)`, entry: 'auth0.js' },
  { name: `${v('@clerk/react')} (ClerkProvider, useUser, Show, RedirectToSignIn) ¹`, entry: 'clerk.js' },
  { name: `${v('react-oidc-context')} + ${v('oidc-client-ts')} (AuthProvider, useAuth, withAuthenticationRequired)`, entry: 'react-oidc-context.js' },
  { name: `${v('supertokens-auth-react')} + ${v('supertokens-web-js')} (init, SuperTokensWrapper, useSessionContext, SessionAuth)`, entry: 'supertokens.js' },
  { name: `${v('@okta/okta-react')} + ${v('@okta/okta-auth-js')} (Security, useOktaAuth, SecureRoute, OktaAuth) ²`, entry: 'okta.js', external: ['react-router-dom', 'react-router'] },
  { name: `${v('@ory/elements-react')}/client (SessionProvider, useSession; no guard)`, entry: 'ory-elements.js' },
  { name: `${v('@ory/elements-react')}/theme (Login, Registration, Settings: the flows, with its UI)`, entry: 'ory-elements-flows.js' },
  { name: `building block: ${v('@tanstack/react-query')} (QueryClient, QueryClientProvider, useQuery)`, entry: 'react-query.js' },
  { name: `building block: ${v('@ory/client')} (FrontendApi, Configuration; axios)`, entry: 'ory-client.js' },
]

/** `≤ limit ok` / `≤ limit OVER by n` for an SDK row with a budget (bench/lib/entries.mjs), else blank. */
function budgetCell(row) {
  if (row.limit === undefined) return ''
  if (row.error) return `≤ ${row.limit} B`
  return `≤ ${row.limit} B ${row.brotli <= row.limit ? 'ok' : `OVER by ${row.brotli - row.limit} B`}`
}

const sizes = await Promise.all(
  SIZE_ROWS.map(async (row) => {
    if (!row.sdk && peersMissing) return { ...row, error: peersMissing }
    try {
      return { ...row, ...(await measure(row.entry, { external: row.external ?? [] })) }
    } catch (error) {
      return { ...row, error: reason(error) }
    }
  }),
)
const reference = sizes.find((row) => row.reference)
log()
log('## 1. Bundle size (esbuild minified ESM, production; react, react-dom external; gzip -9, brotli -q 11)')
log()
log(
  table(
    ['bundle', 'min B', 'gzip B', 'brotli B', 'brotli ÷ SDK+deps minimal', 'budget (brotli, npm test)'],
    sizes.map((row) =>
      row.error
        ? [row.name, '—', '—', '—', `not measured: ${row.error}`, budgetCell(row)]
        : [row.name, row.min, row.gzip, row.brotli, reference?.brotli ? `${(row.brotli / reference.brotli).toFixed(2)}×` : '—', budgetCell(row)],
    ),
  ),
)
log()
log('¹ Clerk: ClerkProvider loads clerk-js from Clerk\'s CDN at runtime; that script is not counted. v6 replaced <SignedIn> with <Show when="signed-in">.')
log('² Okta: react-router-dom (SecureRoute\'s peer, the app\'s router) external like react; OktaAuth is counted because <Security> needs one.')
log('  next-auth and Ory Elements have no guard component (next-auth: useSession({ required: true })).')
log('  Budgets (bench/lib/entries.mjs) are enforced by `npm test` (bench/check-budgets.mjs); they are the ceiling (the 3 K / 12 K goals are retired).')
const [own, ownDeps] = sizes
// @ory/client is a peer for its types only: no SDK bundle may contain any of it.
for (const row of sizes.filter((r) => r.sdk && !r.external && !r.error)) {
  const foreign = row.packages.filter((name) => !name.startsWith('@tanstack/'))
  if (row === ownDeps || foreign.length) {
    log(`In "${row.name}": ${row.packages.join(', ') || 'no packages'}${foreign.length ? ` — unexpected: ${foreign.join(', ')}` : '; @ory/client is types-only and not bundled'}.`)
  }
}

// Where the SDK's own minified bytes go (minimal entry, react-query external).
if (!own.error) {
  const total = own.files.reduce((sum, [, bytes]) => sum + bytes, 0)
  log()
  log("### 1b. Where the SDK's own bytes go (minimal entry, react-query external; minified bytes per source file)")
  log()
  log(table(['src/ file', 'min B', 'share'], own.files.map(([file, bytes]) => [file.replace(/^src\//, ''), bytes, `${((100 * bytes) / total).toFixed(1)}%`])))
}

// What each feature on the minimal path costs: bundled once without it (see bench/lib/features.mjs).
if (!own.error && !ownDeps.error) {
  const without = async (edits) => {
    try {
      const [alone, deps] = await Promise.all([measure('sdk-minimal.js', { external: SDK_PEERS, edits }), measure('sdk-minimal.js', { edits })])
      return [own.brotli - alone.brotli, ownDeps.brotli - deps.brotli, alone.brotli, deps.brotli]
    } catch (error) {
      return [`not measured: ${reason(error)}`, '—', '—', '—']
    }
  }
  const rows = await Promise.all(
    FEATURES.map(async ([name, gives, edits]) => {
      const [savedAlone, savedWithDeps] = await without(edits)
      return [name, gives, savedAlone, savedWithDeps]
    }),
  )
  const bare = await without(ALL_FEATURES_EDITS)
  log()
  log('### 1c. What each feature on the minimal path costs (brotli B saved by bundling the minimal entry without it)')
  log()
  log(
    table(
      ['feature (on by default)', 'what users get', 'SDK alone', 'SDK + react-query'],
      [
        ...rows,
        ['all of the above', `left: provider + hook + guard, ${bare[2]} B alone, ${bare[3]} B with react-query`, bare[0], bare[1]],
      ],
    ),
  )
}

// What the minimal SDK adds to an app that already has react-query, both bundled as an app bundles
// them. "SDK alone" above keeps react-query external, so it also counts the import statements a
// real app build does not have, and brotli cannot share strings with react-query's code.
const rqApp = sizes.find((row) => row.entry === 'react-query.js')
if (!own.error && rqApp && !rqApp.error) {
  try {
    const withSdk = await measure('react-query-with-sdk-minimal.js')
    log()
    log('### 1d. What the minimal SDK adds to an app that already uses react-query (informative; the budgets use "SDK alone")')
    log()
    log(
      table(
        ['bundle', 'brotli B'],
        [
          [`app with react-query (QueryClient, QueryClientProvider, useQuery)`, rqApp.brotli],
          ['the same app + SessionProvider, useSession, RequireAuth', withSdk.brotli],
          ['added by the SDK', withSdk.brotli - rqApp.brotli],
          ['"SDK alone" (table 1, react-query external), for comparison', own.brotli],
        ],
      ),
    )
  } catch (error) {
    log(`1d not measured: ${reason(error)}`)
  }
}
log()
log(`(sizes done at ${seconds()})`)

// ─── 2 + 3. requests and renders ────────────────────────────────────────────────────────────

function runJson(script, tag, args = []) {
  const child = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(`${tag} `))
  if (line) return JSON.parse(line.slice(tag.length + 1))
  const output = `${child.stderr ?? ''}${child.stdout ?? ''}`.trim().split('\n')
  const why = output.find((l) => /Error|error/.test(l)) ?? output.at(-1) ?? `exit code ${child.status}`
  return { failed: why.trim() }
}

const runtime = runJson(`${BENCH}/runtime/main.mjs`, 'RUNTIME_JSON')
log()
log('## 2. whoami requests (Node + jsdom, MSW at the HTTP level, fake timers; React 19 dev build; app QueryClient defaults, SDK retry = 3)')
log()
if (runtime.failed) {
  log(`not measured: ${runtime.failed}`)
} else {
  log('Page: N components calling useSession() + 3 <RequireAuth> guards, signed in. Counts are whoami requests.')
  log()
  log(
    table(
      ['N', 'on load', 'on load, <StrictMode>', '20 focus events within staleTime (30 s)', '20 focus events after staleTime', 'guard redirects'],
      runtime.requests.map((r) => [r.n, r.load, r.strictLoad, r.fresh, r.stale, r.redirects]),
    ),
  )
  log()
  log('Kratos outage, page in the foreground: every whoami is a network error (HttpResponse.error()) for 5 minutes, then Kratos is back.')
  log()
  log(
    table(
      ['N', 'signed in, outage begins: requests in 5 min', 'state during', 'recovered after Kratos is back', 'opened during the outage: requests in 5 min', 'state during', 'recovered after'],
      runtime.outage.map(({ n, signedIn: a, fromLoad: b }) => [
        n,
        a.during,
        a.statusDuring,
        a.recoveredAfterS === undefined ? 'no (180 s)' : `yes, ${a.recoveredAfterS} s, ${a.recoveryRequests} req`,
        b.during,
        b.statusDuring,
        b.recoveredAfterS === undefined ? 'no (180 s)' : `yes, ${b.recoveredAfterS} s, ${b.recoveryRequests} req`,
      ]),
    ),
  )
  const timeline = runtime.outage[0]?.signedIn.timeline
  if (timeline) log(`Outage request times (s after the first failed request): ${timeline.join(', ')}. The first request into the outage is the focus refetch of a stale answer.`)
  log()
  if (!runtime.crossTab) {
    log('Cross-tab (K tabs): n/a — cross-tab sync not implemented yet')
  } else {
    log('K tabs: K roots, each its own QueryClient + SessionProvider, sharing BroadcastChannel/storage like real tabs; opened 1 s apart; a tab regaining focus = its QueryCache.onFocus().')
    log()
    log(
      table(
        ['K', 'on load', 'focus each tab in turn after staleTime: syncTabs on', 'syncTabs off', 'tabs signed out 1 s after one tab sees 401: on', 'off'],
        runtime.crossTab.map(({ k, on, off }) => [k, on.load, on.focusRound, off.focusRound, `${on.signedOutTabs}/${k}`, `${off.signedOutTabs}/${k}`]),
      ),
    )
  }

  const r = runtime.renders
  log()
  log('## 3. Renders of a useSession consumer (render counter in the consumer, no StrictMode; after the first answer)')
  log()
  log(
    table(
      ['case', 'renders', 'goal', 'note'],
      [
        ['(i) 5 refetches return an identical session', r.identicalRefetch.renders, 0, `${r.identicalRefetch.events} whoami answered`],
        ["(ii) provider's parent re-renders 10× (children passed as props, inline navigate)", r.parentRerender.renders, 0, `parent rendered ${r.parentRerender.events}×`],
        ['(iii) 5 refetches change only expires_at; component reads only identity — useSession()', r.expiresAtOnly.renders, 0, `identity kept as ${r.expiresAtOnly.identityObjects} object by structural sharing: a memo'd child taking identity rendered ${r.expiresAtOnly.memoRenders}×`],
        [
          '(iii) same, useSession({ select: (s) => s.identity })',
          r.expiresAtOnly.select ?? '—',
          0,
          r.expiresAtOnly.select === null ? 'n/a — no select form in src/ (it would make this 0)' : 'select form',
        ],
      ],
    ),
  )
}
log()
log(`(requests and renders done at ${seconds()})`)

// ─── 4. browser ─────────────────────────────────────────────────────────────────────────────

const browser = runJson(`${BENCH}/browser.mjs`, 'BROWSER_JSON')
log()
log('## 4. Time to decision in the browser (demo on localhost:5173, real Kratos, Playwright + /usr/bin/chromium headless; ms, 20 runs after 1 warm-up)')
log()
const browserRows = browser.rows ?? BROWSER_MEASURES.map((row) => ({ ...row }))
const ms = (value) => (value === undefined ? '—' : value.toFixed(1))
log(
  table(
    ['case', 'measure', 'median', 'p90', 'min', 'max', 'runs'],
    browserRows.map((row) => [row.case, row.measure, ms(row.median), ms(row.p90), ms(row.min), ms(row.max), row.runs ?? 0]),
  ),
)
log(browser.rows ? `(${browser.note})` : browser.skipped ?? `skipped: ${browser.failed}`)
log()
log('Signed in, whoami behind a local latency proxy (scripts/kratosProxy.mjs: + L ms on every Kratos request), the demo built three ways and')
log('served by vite preview on localhost:4173. navigation start → first protected render (ms); medians of whoami start/end, first render (the')
log("app's JavaScript ran) and whoami requests the proxy saw per load. Goal: render ≈ max(first render, whoami end) + a few ms.")
log()
/** The first cells of a row of tables 4 and 4b: how early the read starts, the proxy's latency, the spread. */
const latencyCells = (row) => [row.label, `${row.latency} ms`, ms(row.median), ms(row.p90), ms(row.min), ms(row.max)]
const latencyRows = browser.latencyRows ?? EARLY_WAYS.flatMap(({ label }) => LATENCIES.map((latency) => ({ label, latency })))
log(
  table(
    ['whoami starts', '+ latency', 'median', 'p90', 'min', 'max', 'whoami start', 'whoami end', 'first render', 'render − max(first render, whoami end), median of each load', 'whoami requests per load', 'runs'],
    latencyRows.map((row) => [
      ...latencyCells(row),
      ms(row.whoamiStart),
      ms(row.whoamiEnd),
      ms(row.firstRender),
      ms(row.afterBoth),
      row.requestsPerLoad ?? '—',
      row.runs ?? 0,
    ]),
  ),
)

// ─── 4b. the login page's form (bench/flowBrowser.mjs) ───────────────────────────────────────

const flowBrowser = runJson(`${BENCH}/flowBrowser.mjs`, 'FLOW_BROWSER_JSON')
log()
log("The login page Kratos sends the browser to (/login?flow=<id>, a fresh signed-out context per load, the flow created just before),")
log('Kratos behind the same latency proxy, the demo built three ways on localhost:4173. navigation start → the form on screen (ms); medians')
log("of the flow read's start/end, first render and flow reads the proxy saw per load. Goal: form ≈ max(first render, read end) + a few ms.")
log()
const flowRows = flowBrowser.rows ?? FLOW_WAYS.flatMap(({ label }) => LATENCIES.map((latency) => ({ label, latency })))
log(
  table(
    ['flow read starts', '+ latency', 'median', 'p90', 'min', 'max', 'read start', 'read end', 'first render', 'form − first render, median of each load', 'form − max(first render, read end), median of each load', 'reads per load (max)', 'runs'],
    flowRows.map((row) => [
      ...latencyCells(row),
      ms(row.flowStart),
      ms(row.flowEnd),
      ms(row.firstRender),
      ms(row.afterRender),
      ms(row.afterBoth),
      row.readsPerLoad === undefined ? '—' : `${row.readsPerLoad} (${row.maxReadsPerLoad})`,
      row.runs ?? 0,
    ]),
  ),
)
if (!flowBrowser.rows) log(flowBrowser.skipped ?? `skipped: ${flowBrowser.failed}`)
log()
log(`bench done in ${seconds()}`)
