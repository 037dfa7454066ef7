// The request and render benches: the real SDK from src/, React 19 (development build, as in the
// tests), MSW answering whoami at the HTTP level with Kratos's own bodies (test/kratos.ts,
// test/fixtures), and fake timers for everything time-based. Bundled by bench/runtime/main.mjs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { memo, StrictMode, useState } from 'react'
import { DEFAULT_STALE_TIME, RequireAuth, SessionProvider, useSession } from '../../src/index.ts'
import { activeAal2Session } from '../../test/fixtures/index.ts'
import { answers, countRequests, KRATOS_URL, requests, server, whoami } from '../../test/kratos.ts'
import { installClock } from './clock.mjs'

const OUTAGE_MS = 5 * 60_000
const whoamiCount = () => countRequests('/sessions/whoami')
/** Fake-clock times of the whoami requests, for the outage timeline. */
const whoamiTimes = []
server.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname === '/sessions/whoami') whoamiTimes.push(Date.now())
})
const secondsSince = (t0) => whoamiTimes.filter((t) => t >= t0).map((t) => Math.round((t - t0) / 100) / 10)

let clock
const advance = (ms) => act(() => clock.tickAsync(ms))
/** What react-query listens to for "the tab regained focus". */
const focus = () => act(() => void window.dispatchEvent(new Event('visibilitychange')))

function start() {
  cleanup()
  server.resetHandlers()
  requests.length = 0
  whoamiTimes.length = 0
  sessionStorage.clear()
  localStorage.clear()
  clock?.uninstall()
  clock = installClock()
}

/** Keeps the latest useSession() state where the bench can read it. */
function Probe({ into }) {
  into.state = useSession()
  return <span>{into.state.status}</span>
}

function Consumer() {
  const { status } = useSession()
  return <span>{status}</span>
}

/** N useSession callers plus 3 guards, the page of the request bench. */
function Page({ n, probe }) {
  return (
    <>
      <Probe into={probe} />
      {Array.from({ length: n - 1 }, (_, i) => (
        <Consumer key={i} />
      ))}
      {[0, 1, 2].map((i) => (
        <RequireAuth key={`guard-${i}`} fallback={<span>checking…</span>}>
          <span>guarded {i}</span>
        </RequireAuth>
      ))}
    </>
  )
}

/** An app root: its own QueryClient (app defaults, so the SDK's own retry = 3 applies). */
function renderApp(ui, { strict = false, ...props } = {}) {
  const queryClient = new QueryClient()
  const navigations = []
  const tree = (
    <QueryClientProvider client={queryClient}>
      <SessionProvider baseUrl={KRATOS_URL} navigate={(url) => navigations.push(url)} {...props}>
        {ui}
      </SessionProvider>
    </QueryClientProvider>
  )
  render(strict ? <StrictMode>{tree}</StrictMode> : tree)
  return { queryClient, navigations }
}

// ─── 2. requests ────────────────────────────────────────────────────────────────────────────

async function loadAndFocus(n) {
  start()
  whoami(answers.session())
  const probe = {}
  const { navigations } = renderApp(<Page n={n} probe={probe} />)
  await advance(50)
  const load = whoamiCount()
  for (let i = 0; i < 20; i++) {
    await focus()
    await advance(10)
  }
  const fresh = whoamiCount() - load
  await advance(DEFAULT_STALE_TIME)
  const beforeStale = whoamiCount()
  for (let i = 0; i < 20; i++) {
    await focus()
    await advance(10)
  }
  const stale = whoamiCount() - beforeStale
  return { load, fresh, stale, status: probe.state.status, redirects: navigations.length }
}

async function strictLoad(n) {
  start()
  whoami(answers.session())
  renderApp(<Page n={n} probe={{}} />, { strict: true })
  await advance(50)
  return whoamiCount()
}

/**
 * Signed in; the answer has gone stale; Kratos goes down (every whoami is a network error) and
 * the user comes back to the tab (focus), which sends the first request into the outage. The page
 * stays in the foreground for 5 minutes; then Kratos is back and the page must recover by itself.
 */
async function outage(n) {
  start()
  whoami(answers.session())
  const probe = {}
  renderApp(<Page n={n} probe={probe} />)
  await advance(DEFAULT_STALE_TIME + 50)
  whoami(answers.networkError())
  const before = whoamiCount()
  const t0 = Date.now()
  await focus()
  await advance(OUTAGE_MS)
  const during = whoamiCount() - before
  const timeline = secondsSince(t0)
  const statusDuring = `${probe.state.status}${probe.state.error ? ` + ${probe.state.error.kind} error` : ''}`
  whoami(answers.session())
  const back = whoamiCount()
  let recoveredAfterS
  for (let s = 1; s <= 180; s++) {
    await advance(1000)
    if (!probe.state.error && probe.state.status === 'authenticated') {
      recoveredAfterS = s
      break
    }
  }
  return { during, timeline, statusDuring, recoveredAfterS, recoveryRequests: whoamiCount() - back }
}

/** The same outage for a page opened while Kratos is down: nothing is known yet. */
async function outageFromLoad(n) {
  start()
  whoami(answers.networkError())
  const probe = {}
  const t0 = Date.now()
  renderApp(<Page n={n} probe={probe} />)
  await advance(OUTAGE_MS)
  const during = whoamiCount()
  const timeline = secondsSince(t0)
  const statusDuring = probe.state.status
  whoami(answers.session())
  const back = whoamiCount()
  let recoveredAfterS
  for (let s = 1; s <= 180; s++) {
    await advance(1000)
    if (probe.state.status === 'authenticated') {
      recoveredAfterS = s
      break
    }
  }
  return { during, timeline, statusDuring, recoveredAfterS, recoveryRequests: whoamiCount() - back }
}

/**
 * K tabs: K roots, each with its own QueryClient and SessionProvider, sharing what real tabs share
 * (BroadcastChannel, storage). A tab regaining focus is its QueryCache's onFocus() (what a
 * visibilitychange does in that tab alone; the DOM event would reach every "tab" here at once).
 */
async function crossTab(k, syncTabs) {
  start()
  whoami(answers.session())
  const tabs = []
  for (let i = 0; i < k; i++) {
    const probe = {}
    const { queryClient } = renderApp(<Probe into={probe} />, { syncTabs })
    tabs.push({ queryClient, probe })
    await advance(1000) // tabs opened one second apart
  }
  const load = whoamiCount()
  await advance(DEFAULT_STALE_TIME + 50)
  let before = whoamiCount()
  for (const tab of tabs) {
    await act(async () => tab.queryClient.getQueryCache().onFocus())
    await advance(1000) // the user visits the tabs one after another
  }
  const focusRound = whoamiCount() - before
  // A sign-out seen by one tab (its whoami answers 401): how many tabs know after 1 s?
  whoami(answers.signedOut())
  before = whoamiCount()
  await act(() => tabs[0].probe.state.refetch())
  await advance(1000)
  const signedOutTabs = tabs.filter((tab) => tab.probe.state.status === 'unauthenticated').length
  return { load, focusRound, signedOutTabs, signOutRequests: whoamiCount() - before }
}

// ─── 3. renders ─────────────────────────────────────────────────────────────────────────────

/** Renders of a useSession consumer over 5 refetches that return byte-identical sessions. */
async function identicalRefetch() {
  start()
  whoami(answers.session())
  const probe = {}
  let renders = 0
  function Counted() {
    const { status } = useSession()
    renders += 1
    return <span>{status}</span>
  }
  renderApp(
    <>
      <Probe into={probe} />
      <Counted />
    </>,
  )
  await advance(50)
  const base = renders
  const before = whoamiCount()
  for (let i = 0; i < 5; i++) {
    await act(() => probe.state.refetch())
    await advance(10)
  }
  return { renders: renders - base, events: whoamiCount() - before }
}

/** Renders of a consumer passed as children while the provider's parent re-renders 10 times. */
async function parentRerender() {
  start()
  whoami(answers.session())
  let renders = 0
  let providerParentRenders = 0
  let bump
  const queryClient = new QueryClient()
  function Counted() {
    const { status } = useSession()
    renders += 1
    return <span>{status}</span>
  }
  function AppShell({ children }) {
    const [count, setCount] = useState(0)
    bump = () => setCount((c) => c + 1)
    providerParentRenders += 1
    return (
      <div data-count={count}>
        <QueryClientProvider client={queryClient}>
          {/* an inline navigate arrow, as apps write it: a new function on every render */}
          <SessionProvider baseUrl={KRATOS_URL} navigate={(url) => void url}>
            {children}
          </SessionProvider>
        </QueryClientProvider>
      </div>
    )
  }
  render(
    <AppShell>
      <Counted />
    </AppShell>,
  )
  await advance(50)
  const base = renders
  const parentBase = providerParentRenders
  for (let i = 0; i < 10; i++) {
    await act(() => bump())
    await advance(10)
  }
  return { renders: renders - base, events: providerParentRenders - parentBase }
}

/**
 * Renders of a component that reads only `identity`, over 5 refetches where only `expires_at`
 * changes: with the plain form, with a memo'd child that receives `identity` as a prop, and with
 * `useSession({ select })` where the SDK has it (detected: without it the whole state comes back).
 */
async function expiresAtOnly() {
  start()
  let calls = 0
  const base2080 = Date.parse(activeAal2Session.expires_at)
  whoami(() => {
    calls += 1
    return HttpResponse.json({ ...activeAal2Session, expires_at: new Date(base2080 + calls * 60_000).toISOString() })
  })
  const probe = {}
  let renders = 0
  let memoRenders = 0
  const identities = new Set()
  const IdentityCard = memo(function IdentityCard({ identity }) {
    memoRenders += 1
    return <span>{identity?.id}</span>
  })
  function IdentityOnly() {
    const { identity } = useSession()
    renders += 1
    if (identity) identities.add(identity)
    return <IdentityCard identity={identity} />
  }
  let selectRenders = 0
  let selectSupported = false
  function IdentitySelected() {
    // Inline selector, as apps write it.
    const picked = useSession({ select: (state) => state.identity })
    selectRenders += 1
    selectSupported = !(picked && typeof picked === 'object' && 'status' in picked && 'refetch' in picked)
    return <span>{selectSupported ? picked?.id : ''}</span>
  }
  renderApp(
    <>
      <Probe into={probe} />
      <IdentityOnly />
      <IdentitySelected />
    </>,
  )
  await advance(50)
  const base = renders
  const selectBase = selectRenders
  const memoBase = memoRenders
  const before = whoamiCount()
  for (let i = 0; i < 5; i++) {
    await act(() => probe.state.refetch())
    await advance(10)
  }
  return {
    renders: renders - base,
    events: whoamiCount() - before,
    memoRenders: memoRenders - memoBase,
    identityObjects: identities.size,
    select: selectSupported ? selectRenders - selectBase : null,
  }
}

// ─── all ────────────────────────────────────────────────────────────────────────────────────

export async function runAll({ tabSync }) {
  server.listen({ onUnhandledRequest: 'error' })
  const out = { requests: [], outage: [], crossTab: null, renders: {} }
  try {
    for (const n of [1, 10, 100]) {
      const row = await loadAndFocus(n)
      row.strictLoad = await strictLoad(n)
      out.requests.push({ n, ...row })
      out.outage.push({ n, signedIn: await outage(n), fromLoad: await outageFromLoad(n) })
    }
    if (tabSync) {
      out.crossTab = []
      for (const k of [2, 5, 10]) {
        out.crossTab.push({ k, on: await crossTab(k, true), off: await crossTab(k, false) })
      }
    }
    out.renders.identicalRefetch = await identicalRefetch()
    out.renders.parentRerender = await parentRerender()
    out.renders.expiresAtOnly = await expiresAtOnly()
  } finally {
    cleanup()
    clock?.uninstall()
    server.close()
  }
  return out
}
