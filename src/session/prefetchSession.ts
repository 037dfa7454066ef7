import type { QueryClient } from '@tanstack/react-query'
import { sessionQueryOptions, type SessionQueryConfig } from './sessionQueryOptions.js'

/**
 * Starts the whoami request now, before React renders, so that Kratos's answer travels while the
 * app's JavaScript loads and runs: call it once at module scope in the app's entry file, with the
 * QueryClient the app gives to `QueryClientProvider` and the same config as `<SessionProvider>`
 * (the provider then uses this request instead of sending its own). Does nothing outside a browser.
 *
 * To start the request even earlier, while the HTML is parsed, add to `index.html` (Chromium hands
 * that response to this request; measured in docs/performance.md):
 * `<link rel="preload" as="fetch" crossorigin="use-credentials" href="https://auth.example.com/sessions/whoami">`
 *
 * @example
 * ```tsx
 * import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
 * import { createRoot } from 'react-dom/client'
 * import { prefetchSession, SessionProvider } from 'ory-session-react'
 *
 * const queryClient = new QueryClient()
 * const session = { baseUrl: 'https://auth.example.com' }
 * prefetchSession(queryClient, session)
 *
 * createRoot(document.getElementById('root')!).render(
 *   <QueryClientProvider client={queryClient}>
 *     <SessionProvider {...session}>{null}</SessionProvider>
 *   </QueryClientProvider>,
 * )
 * ```
 */
export function prefetchSession(queryClient: QueryClient, config: SessionQueryConfig): void {
  // On a server there is no session cookie to send: the answer would say "signed out".
  if (typeof window !== 'undefined') void queryClient.prefetchQuery(sessionQueryOptions(config))
}
