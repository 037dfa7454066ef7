import { callKratos } from '../kratos/callKratos.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'
import type { FlowKind } from './flowKinds.js'
import { getFlowCall } from './flowTransport.js'
import { pageUrlParam } from './pageUrl.js'

/** Where {@link prefetchFlow} reads the flow: the same `baseUrl` (and `timeoutMs`) as `<SessionProvider>`'s. */
export interface PrefetchFlowConfig {
  /** Kratos's public URL, as given to `<SessionProvider>`. */
  baseUrl: string
  /** How long the read may take. @default 10000 */
  timeoutMs?: number
}

// The one early read of this page load, under "<Kratos URL> <kind> <flow id>". The first hook that
// starts with that flow takes it and it is gone: a later read (a remount, a reload of the flow
// after a submit) asks Kratos again, so an answer older than the flow's last change is never shown.
const early = new Map<string, Promise<KratosAnswer>>()


/**
 * Starts reading the flow the page URL names (`?flow=<id>`, where Kratos sends the browser) now,
 * before React renders, so that Kratos's answer travels while the app's JavaScript loads and runs:
 * call it once at module scope in the app's entry file, on the page of that flow's `kind`. The
 * flow hook that then starts with that flow (`useLoginFlow()` for `'login'`, …) uses this request
 * instead of sending its own; when it failed (no answer), the hook asks Kratos again. Does nothing
 * without `?flow=` or outside a browser.
 *
 * To start the read while the HTML is parsed, also add a `<link rel="preload" as="fetch"
 * crossorigin="use-credentials">` for the same URL (`<baseUrl>/self-service/<kind>/flows?id=<id>`)
 * to the page, from the server or an inline script: Chromium hands its answer to this request
 * (measured in docs/performance.md).
 *
 * @example
 * ```tsx
 * import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
 * import { createRoot } from 'react-dom/client'
 * import { SessionProvider } from 'ory-session-react'
 * import { prefetchFlow, useLoginFlow, FlowForm } from 'ory-session-react/flows'
 *
 * const session = { baseUrl: 'https://auth.example.com' }
 * // This bundle serves the login page (Kratos's selfservice.flows.login.ui_url).
 * prefetchFlow('login', session)
 *
 * function LoginPage() {
 *   return <FlowForm flow={useLoginFlow()} />
 * }
 * createRoot(document.getElementById('root')!).render(
 *   <QueryClientProvider client={new QueryClient()}>
 *     <SessionProvider {...session}>
 *       <LoginPage />
 *     </SessionProvider>
 *   </QueryClientProvider>,
 * )
 * ```
 */
export function prefetchFlow(kind: FlowKind, config: PrefetchFlowConfig): void {
  const id = pageUrlParam('flow')
  if (!id) return
  // As the provider normalizes it (one trailing slash: paths resolve below a prefix), so that the
  // engine, which has the provider's, finds this read under the same key.
  const baseUrl = new URL(config.baseUrl).href.replace(/\/?$/, '/')
  const answer = callKratos({ ...config, baseUrl }, getFlowCall(kind, id))
  // A failure is the hook's to handle (it reads again); not taken, it must not surface as unhandled.
  answer.catch(() => {})
  early.set(`${baseUrl} ${kind} ${id}`, answer)
}

/** The early read of this flow, once (an engine's first read; `baseUrl` normalized); `undefined` when there is none. */
export function takePrefetchedFlow(baseUrl: string, kind: FlowKind, id: string): Promise<KratosAnswer> | undefined {
  const key = `${baseUrl} ${kind} ${id}`
  const answer = early.get(key)
  early.delete(key)
  return answer
}
