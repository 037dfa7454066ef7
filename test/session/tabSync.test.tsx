import { act, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchSession, SessionProvider, useLogout } from '../../src'
import { answers, countRequests, KRATOS_URL, logoutFlow, whoami } from '../kratos'
import { newQueryClient } from '../render'
import { StatusProbe } from '../StatusProbe'

// Two providers with their own QueryClients stand for two tabs of the same app: they share only
// what a real browser shares between tabs (BroadcastChannel, here Node's, across instances).
function renderTab(id: string, props: { staleTime?: number; syncTabs?: boolean } = {}, queryClient = newQueryClient()) {
  function SignOut() {
    const { logout } = useLogout()
    return <button onClick={() => void logout()}>sign out {id}</button>
  }
  render(
    <StrictMode>
      <SessionProvider baseUrl={KRATOS_URL} queryClient={queryClient} navigate={vi.fn()} retry={0} {...props}>
        <StatusProbe id={id} />
        <SignOut />
      </SessionProvider>
    </StrictMode>,
  )
  return queryClient
}
const status = (id: string) => screen.getByTestId(`${id}-status`).textContent
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))
const messages: unknown[] = []
const listener = new BroadcastChannel(`ory-session-react:${KRATOS_URL}/`)
listener.onmessage = (event) => messages.push(event.data)
afterEach(() => {
  messages.length = 0
})

describe('cross-tab sync', () => {
  it('an answer prefetched before the provider mounted (prefetchSession) still reaches the other tabs', async () => {
    whoami(answers.signedOut())
    renderTab('a')
    await waitFor(() => expect(status('a')).toBe('unauthenticated'))
    // Tab b loads after signing in: its whoami answers before its provider (and its sync) starts.
    whoami(answers.session())
    const b = newQueryClient()
    prefetchSession(b, { baseUrl: KRATOS_URL })
    await waitFor(() => expect(b.getQueryData(['ory-session-react', 'session', `${KRATOS_URL}/`])).toBeDefined())
    const before = countRequests('/sessions/whoami')
    renderTab('b', {}, b)
    await waitFor(() => expect(status('a')).toBe('authenticated'))
    expect(status('b')).toBe('authenticated')
    expect(countRequests('/sessions/whoami')).toBe(before)
  })

  it('a sign-out in one tab shows in the other at once, without a whoami request there', async () => {
    whoami(answers.session())
    logoutFlow()
    renderTab('a')
    renderTab('b')
    await waitFor(() => expect(status('b')).toBe('authenticated'))
    await waitFor(() => expect(status('a')).toBe('authenticated'))
    const before = countRequests('/sessions/whoami')
    act(() => screen.getByText('sign out a').click())
    await waitFor(() => expect(status('b')).toBe('unauthenticated'))
    expect(status('a')).toBe('unauthenticated')
    expect(countRequests('/sessions/whoami')).toBe(before)
  })

  it("shares one tab's answer: the other tabs are fresh and make no request on focus", async () => {
    whoami(answers.signedOut())
    const a = renderTab('a', { staleTime: 300 })
    renderTab('b', { staleTime: 300 })
    await waitFor(() => expect(status('a')).toBe('unauthenticated'))
    await waitFor(() => expect(status('b')).toBe('unauthenticated'))
    await pause(350) // both answers are stale now
    whoami(answers.session())
    await act(() => a.refetchQueries()) // tab a signs in and asks whoami
    await waitFor(() => expect(status('b')).toBe('authenticated'))
    const before = countRequests('/sessions/whoami')
    act(() => void window.dispatchEvent(new Event('visibilitychange')))
    await pause(50)
    expect(countRequests('/sessions/whoami')).toBe(before)
  })

  it('never echoes: one answer makes one message, whatever the number of tabs', async () => {
    whoami(answers.session())
    const a = renderTab('a')
    renderTab('b')
    renderTab('c')
    await waitFor(() => expect(status('c')).toBe('authenticated'))
    await pause(50)
    messages.length = 0
    await act(() => a.refetchQueries())
    await pause(100)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ answer: { kind: 'session' } })
  })

  it('can be turned off', async () => {
    whoami(answers.session())
    logoutFlow()
    renderTab('a', { syncTabs: false })
    renderTab('b', { syncTabs: false })
    await waitFor(() => expect(status('a')).toBe('authenticated'))
    await waitFor(() => expect(status('b')).toBe('authenticated'))
    act(() => screen.getByText('sign out a').click())
    await waitFor(() => expect(status('a')).toBe('unauthenticated'))
    await pause(100)
    expect(status('b')).toBe('authenticated')
  })
})

// Browsers without BroadcastChannel (Safari before 15.4): the `storage` event carries a "changed"
// signal, fired by the browser only in the other tabs (jsdom does the same), so another tab's write
// is dispatched here the way the browser would deliver it.
describe('cross-tab sync without BroadcastChannel', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    localStorage.clear()
  })
  const storageKey = `ory-session-react:${KRATOS_URL}/:changed`

  it("signals this tab's answers in storage, and asks whoami when another tab signals", async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    whoami(answers.signedOut())
    renderTab('a')
    await waitFor(() => expect(status('a')).toBe('unauthenticated'))
    expect(localStorage.getItem(storageKey)).toMatch(/^\d+$/)
    expect(messages).toHaveLength(0)

    // Another tab signed in: this tab is told only that something changed, and asks whoami.
    whoami(answers.session())
    const before = countRequests('/sessions/whoami')
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: String(Date.now()) })))
    await waitFor(() => expect(status('a')).toBe('authenticated'))
    expect(countRequests('/sessions/whoami')).toBe(before + 1)
  })
})
