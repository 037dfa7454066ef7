import type { FrontendApi, Session } from '@ory/client'
import { QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { normalizeBaseUrl } from '../kratos/baseUrl.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import { SessionProvider } from '../session/SessionProvider.js'
import type { SessionStatus } from '../session/sessionState.js'
import { createSession } from './createSession.js'
import { aal1RequiredBody, aal2LoginFlowBody, aal2RequiredBody, signedOutBody } from './kratosBodies.js'

/** Props of {@link MockSessionProvider}. */
export interface MockSessionProviderProps {
  children?: ReactNode
  /** What whoami says. @default 'authenticated' */
  status?: SessionStatus
  /** The session for `'authenticated'`. @default createSession() */
  session?: Session
  /** Receives the URLs the guards and hooks would leave for; nothing navigates. */
  navigate?: (url: string) => void
  /** @default 'https://kratos.test' */
  baseUrl?: string
  /**
   * Whether the identity has a second factor: an aal1 session's step-up then goes to Kratos's
   * second-factor step; without one, guards show their `secondFactorFallback` instead.
   * @default true
   */
  secondFactor?: boolean
}

/**
 * The real `<SessionProvider>`, answering from memory instead of Kratos: every hook and guard runs
 * unchanged, already settled on the first render (no `'loading'` flash unless asked for), with no
 * network. `logout()` works and turns the state `unauthenticated`. For component tests and stories.
 *
 * @example
 * ```tsx
 * import { render, screen } from '@testing-library/react'
 * import { RequireAuth } from 'ory-session-react'
 * import { createSession, MockSessionProvider } from 'ory-session-react/testing'
 *
 * render(
 *   <MockSessionProvider session={createSession({ aal: 'aal2' })}>
 *     <RequireAuth aal="aal2"><p>billing</p></RequireAuth>
 *   </MockSessionProvider>,
 * )
 * screen.getByText('billing')
 * ```
 */
export function MockSessionProvider(props: MockSessionProviderProps) {
  const { children, status = 'authenticated', session, navigate = () => {}, baseUrl = 'https://kratos.test', secondFactor = true } = props
  const [setup] = useState(() => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const memory = createMemoryKratos(status, session ?? createSession(), baseUrl, secondFactor)
    const answer = settledAnswer(status, session ?? createSession(), baseUrl)
    if (answer) queryClient.setQueryData(['ory-session-react', 'session', normalizeBaseUrl(baseUrl)], answer)
    return { queryClient, client: memory }
  })
  return (
    <SessionProvider baseUrl={baseUrl} client={setup.client} queryClient={setup.queryClient} navigate={navigate} staleTime={Infinity} retry={0} syncTabs={false}>
      {children}
    </SessionProvider>
  )
}

function settledAnswer(status: SessionStatus, session: Session, baseUrl: string): SessionAnswer | undefined {
  if (status === 'authenticated') return { kind: 'session', session }
  if (status === 'unauthenticated') return { kind: 'signed_out' }
  if (status === 'aal2_required') return { kind: 'aal2_required', body: aal2RequiredBody(baseUrl) }
  return undefined
}

/** A FrontendApi stand-in with axios-shaped answers: what an app's own `client` would return. */
function createMemoryKratos(status: SessionStatus, session: Session, baseUrl: string, secondFactor: boolean): FrontendApi {
  let signedIn = status === 'authenticated' || status === 'aal2_required'
  const ok = (data: unknown, code = 200) => Promise.resolve({ status: code, data, headers: {} })
  const fail = (code: number, data: unknown) => Promise.reject(Object.assign(new Error(`Request failed with status code ${code}`), { response: { status: code, data, headers: {} } }))
  const api = {
    toSession: () => {
      if (status === 'loading') return new Promise(() => {})
      if (status === 'error') return Promise.reject(new TypeError('Failed to fetch'))
      if (!signedIn) return fail(401, signedOutBody)
      return status === 'aal2_required' ? fail(403, aal2RequiredBody(baseUrl)) : ok(session)
    },
    createBrowserLogoutFlow: () => (signedIn ? ok({ logout_url: new URL('self-service/logout?token=mock', baseUrl).href, logout_token: 'mock' }) : fail(401, signedOutBody)),
    updateLogoutFlow: () => {
      signedIn = false
      return ok(undefined, 204)
    },
    createBrowserLoginFlow: () => (signedIn ? ok(aal2LoginFlowBody(baseUrl, secondFactor)) : fail(401, aal1RequiredBody)),
    listMySessions: () => ok([]),
    disableMySession: () => ok(undefined, 204),
    disableMyOtherSessions: () => ok({ count: 0 }),
  }
  return api as unknown as FrontendApi
}
