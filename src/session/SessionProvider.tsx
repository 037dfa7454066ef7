import { QueryClient, QueryClientContext, useQuery } from '@tanstack/react-query'
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { expiryOf, startExpiryTimer } from './expiryTimer.js'
import { createRedirectController } from './redirectController.js'
import { createSessionEventLog } from './sessionEvents.js'
import { SessionContext, type SessionContextValue } from './SessionContext.js'
import { sessionQueryOptions, type SessionQueryConfig } from './sessionQueryOptions.js'
import { startTabSync } from './tabSync.js'

/** Props of {@link SessionProvider}: where Kratos is, how to reach it (cookie or token), and the options below. */
export type SessionProviderProps = SessionQueryConfig & SessionProviderOptions

/** The provider's own options, besides Kratos's URL and transport. */
export interface SessionProviderOptions {
  children?: ReactNode
  /**
   * The QueryClient that holds the session. Default: the nearest `QueryClientProvider`'s; when the
   * app has none, the provider makes its own (and does not expose it to the children).
   */
  queryClient?: QueryClient
  /**
   * How the SDK leaves the app for a Kratos browser flow (and for `logout({ returnTo })`).
   * @default (url) => window.location.replace(url), so "back" does not bounce into a redirect
   */
  navigate?: (url: string) => void
  /**
   * Keep every open tab on the same session: signing in, out or stepping up in one tab shows in
   * the others at once, and one tab's whoami answer serves them all (BroadcastChannel).
   * @default true in cookie mode, false in token mode (each window holds its own token)
   */
  syncTabs?: boolean
}

const replaceLocation = (url: string) => window.location.replace(url)

/**
 * Knows who is signed in with Ory: asks Kratos's whoami once for every hook and guard below it, and
 * keeps the answer fresh (focus, reconnect, recovery after outages) in react-query's cache.
 *
 * @example
 * ```tsx
 * import { SessionProvider } from 'ory-session-react'
 *
 * export function Root({ children }: { children: React.ReactNode }) {
 *   return <SessionProvider baseUrl="https://auth.example.com">{children}</SessionProvider>
 * }
 * ```
 */
export function SessionProvider({ children, queryClient, navigate, syncTabs, ...config }: SessionProviderProps) {
  const appClient = useContext(QueryClientContext)
  // Made only when neither was given, and kept for the provider's lifetime.
  const [ownClient] = useState(() => (queryClient ?? appClient ? undefined : new QueryClient()))
  const client = (queryClient ?? appClient ?? ownClient) as QueryClient

  // Apps often pass an inline arrow: keep the latest without changing the context value.
  const navigateRef = useRef(navigate ?? replaceLocation)
  navigateRef.current = navigate ?? replaceLocation
  const [redirects] = useState(() => createRedirectController((url) => navigateRef.current(url)))
  const [events] = useState(() => (process.env.NODE_ENV === 'production' ? undefined : createSessionEventLog()))

  const { baseUrl, client: frontendApi, staleTime, timeoutMs, retry, transport } = config
  const value = useMemo<SessionContextValue>(() => {
    // `config` holds exactly the fields listed below, so it is current whenever they are.
    const sessionQuery = sessionQueryOptions(config)
    const filter = { queryKey: sessionQuery.queryKey, exact: true }
    return {
      // `client` (the app's FrontendApi), `transport` and `timeoutMs` make the value a KratosEndpoint.
      ...config,
      // The normalized baseUrl (checked, with a trailing slash) is the query key's last part.
      baseUrl: sessionQuery.queryKey[2],
      queryClient: client,
      sessionQuery,
      redirects,
      navigate: (url) => navigateRef.current(url),
      // Cancelled first: react-query would otherwise join a request still hanging from before
      // (it cancels only when an answer is already known), and "Try again" would do nothing.
      refetch: () => client.cancelQueries(filter).then(() => client.refetchQueries(filter)),
      events,
    }
  }, [baseUrl, frontendApi, transport, staleTime, timeoutMs, retry, client, redirects, events])

  const { queryKey } = value.sessionQuery
  // The provider observes the session too (so it stays active, and fetched, with or without a
  // consumer), but reads only when it ends.
  const expiresAt = useQuery({ ...value.sessionQuery, select: expiryOf }, client).data
  useEffect(() => {
    if (expiresAt === undefined) return undefined
    return startExpiryTimer(client, queryKey, expiresAt, events)
  }, [client, queryKey, expiresAt, events])
  const shareWithTabs = syncTabs ?? !transport
  // One effect ties the session to what happens outside React; each part below is independent, and
  // re-running all of them when the query key or client changes costs nothing (mounting is counted).
  useEffect(() => {
    // QueryClientProvider does this for the app's tree; the session needs focus and reconnect
    // refetches even when the client came in as a prop or is our own.
    client.mount()
    // The query key's last part is the normalized baseUrl: one channel per Kratos.
    const stopTabSync = shareWithTabs ? startTabSync(client, queryKey, `ory-session-react:${queryKey[2]}`, events) : undefined
    // A page restored from the back/forward cache kept its old answer: ask again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return
      if (process.env.NODE_ENV !== 'production') events?.add('pageshow', 'restored from the back/forward cache')
      void client.invalidateQueries({ queryKey, exact: true })
    }
    // React Native has a `window` without listeners (and no back/forward cache).
    window.addEventListener?.('pageshow', onPageShow)
    return () => {
      client.unmount()
      stopTabSync?.()
      window.removeEventListener?.('pageshow', onPageShow)
    }
  }, [client, queryKey, shareWithTabs, events])

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}
