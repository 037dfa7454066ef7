import { useEffect, useMemo, type ReactNode } from 'react'
import { OrySessionError } from '../kratos/errors.js'
import { SIGNED_OUT, unexpectedAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'
import type { GateDecision, LoginRequired, TokenTransport } from '../session/transport.js'
import { callKratos } from '../kratos/callKratos.js'
import { acceptTokenAnswer } from './acceptTokenAnswer.js'
import { tokenFlowSteps } from './followTokenFlow.js'
import type { FlowSteps } from '../flows/followAnswer.js'
import type { AnyFlow } from '../flows/flowKinds.js'
import { createTokenStore } from './tokenStore.js'
import type { TokenStorage } from './tokenStorage.js'

/** Options of {@link tokenTransport}. */
export interface TokenTransportOptions {
  /** Where the session token is kept: see {@link TokenStorage} (expo-secure-store in the README), or `memoryStorage()`. */
  storage: TokenStorage
  /**
   * The key the token is stored under.
   * @default 'ory_session_token'
   */
  storageKey?: string
  /**
   * The `fetch` that reaches Kratos, e.g. one backed by native HTTP (CapacitorHttp, Electron's
   * main process) so that no `Origin` header is added (Kratos refuses API flows that carry one).
   * @default globalThis.fetch
   */
  fetch?: (url: URL, init: RequestInit) => Promise<Response>
  /**
   * The app's sign-in screen: `<RequireAuth>` renders it instead of its children when the user
   * must sign in, step up (`aal: 'aal2'`) or re-authenticate (`refresh: true`).
   */
  loginScreen?: (required: LoginRequired) => ReactNode
  /**
   * Called when the user must sign in, step up or re-authenticate and no `loginScreen` is
   * rendered: by `<RequireAuth>` without `loginScreen`, and by `useStepUp` / `useReauthenticate`.
   * Typically a navigation: `(required) => navigation.navigate('SignIn', required)`. May be called
   * twice for one need (React's StrictMode runs effects twice), so make it idempotent.
   */
  onLoginRequired?: (required: LoginRequired) => void
}

const WHOAMI_WITHOUT_TOKEN = JSON.stringify({ error: { code: 401, status: 'Unauthorized', reason: 'No session token is stored.' } })

/**
 * Token mode for native apps (React Native, Expo, Capacitor, Electron): hand the result to
 * `<SessionProvider transport>` and every hook works with a Kratos session token instead of the
 * browser's cookie. Every request goes out with `credentials: 'omit'` and `X-Session-Token` (the
 * SDK never adds `Origin` or `Cookie`); a whoami 401 removes the stored token, a network error or
 * 5xx never does; logout is `DELETE /self-service/logout/api`. Never use it in a browser app: a
 * token readable by script is stolen by any XSS, and Kratos's API flows have no CSRF protection.
 *
 * @example
 * ```tsx
 * import { RequireAuth, SessionProvider } from 'ory-session-react'
 * import { memoryStorage, tokenTransport } from 'ory-session-react/native'
 *
 * const transport = tokenTransport({ storage: memoryStorage(), loginScreen: (required) => <p>Please sign in ({required.reason})</p> })
 *
 * export function App({ children }: { children: React.ReactNode }) {
 *   return (
 *     <SessionProvider baseUrl="https://auth.example.com" transport={transport}>
 *       <RequireAuth>{children}</RequireAuth>
 *     </SessionProvider>
 *   )
 * }
 * ```
 */
export function tokenTransport(options: TokenTransportOptions): TokenTransport {
  const { storage, loginScreen, onLoginRequired } = options
  if (typeof Storage === 'function' && storage instanceof Storage) {
    console.warn(
      '[ory-session-react] tokenTransport: the session token is going to web storage, where every script on this origin can read it: one XSS steals the session. ' +
        'Only do this inside a native shell that loads no third-party script; a browser app must use cookie mode (no transport).',
    )
  }
  const store = createTokenStore(storage, options.storageKey ?? 'ory_session_token')
  const doFetch = options.fetch ?? ((url: URL, init: RequestInit) => fetch(url, init))

  const send = async (url: URL, init: RequestInit): Promise<Response> => {
    // A storage that never answers (a keychain waiting for the device) must not keep whoami loading
    // forever: the call's time limit (timeoutMs) ends the wait. The read goes on; a retry gets it.
    const token = await Promise.race([
      store.read(),
      new Promise<never>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    ])
    const whoami = url.pathname.endsWith('/sessions/whoami')
    // Nothing to ask about: Kratos would answer 401. Saves the request (and works offline).
    if (whoami && !token) return new Response(WHOAMI_WITHOUT_TOKEN, { status: 401, headers: { 'Content-Type': 'application/json' } })
    const headers = new Headers(init.headers)
    if (token) headers.set('X-Session-Token', token)
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    // 'omit': no cookie jar ever joins in (Kratos answers 400 to an API flow that carries a cookie,
    // and a cookie would let a browser session stand in for the token).
    const response = await doFetch(url, { ...init, headers, credentials: 'omit' })
    // Kratos no longer knows this token. Only this answer removes it, and only if no newer login
    // replaced it meanwhile; a network error threw above and a 5xx is not 401. A storage that cannot
    // delete it (a locked keychain) must not hide the 401: the dead token stays, the next 401 retries.
    if (whoami && response.status === 401 && token) await store.remove(token).catch(() => undefined)
    return response
  }

  const endSession = async (context: SessionContextValue) => {
    const { queryClient, sessionQuery } = context
    const token = await store.read()
    let unrevoked: unknown
    if (token) {
      const body = { session_token: token }
      try {
        const answer = await callKratos(context, {
          path: 'self-service/logout/api',
          method: 'DELETE',
          body,
          viaFrontendApi: (api, request) => api.performNativeLogout({ performNativeLogoutBody: body }, request),
        })
        // 204: ended. 401/403: Kratos does not know the token (already ended): gone either way.
        if (answer.status >= 300 && answer.status !== 401 && answer.status !== 403) throw unexpectedAnswer(answer)
      } catch (error) {
        unrevoked = error
      }
      // Signing out works offline: the token leaves the device even when Kratos could not revoke it
      // (network, timeout, 5xx), and the error below tells the app it may still be valid there.
      await store.remove(token)
    }
    // Nothing of the signed-out user stays: other sessions, JWTs (useLogout writes "signed out").
    queryClient.removeQueries({
      predicate: ({ queryKey }) => queryKey[0] === 'ory-session-react' && queryKey[1] !== 'session' && queryKey[2] === context.baseUrl,
    })
    if (unrevoked) {
      // useLogout stops at the error: write "signed out" here.
      await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey, exact: true })
      queryClient.setQueryData(sessionQuery.queryKey, SIGNED_OUT)
      throw unrevoked
    }
  }

  const Gate = ({ decision, fallback }: { decision: GateDecision; fallback: ReactNode }) => {
    const required = useMemo(() => (decision.type === 'login' ? { reason: decision.reason, ...decision.params } : undefined), [decision])
    useEffect(() => {
      if (!required || loginScreen) return
      if (onLoginRequired) onLoginRequired(required)
      else if (process.env.NODE_ENV !== 'production') {
        console.warn(`[ory-session-react] <RequireAuth> needs a sign-in (${required.reason}) but tokenTransport has neither loginScreen nor onLoginRequired.`)
      }
    }, [required])
    return <>{required && loginScreen ? loginScreen(required) : fallback}</>
  }

  const transport: TokenTransport = {
    mode: 'token',
    send,
    endSession,
    gate: (decision, fallback) => <Gate decision={decision} fallback={fallback} />,
    requireLogin: (required) => {
      if (!onLoginRequired) return new OrySessionError('config', `Token mode needs tokenTransport({ onLoginRequired }) to ${required.refresh ? 're-authenticate' : 'step up'}.`)
      onLoginRequired(required)
      return null
    },
    acceptAnswer: acceptTokenAnswer,
    flowSteps: (steps, context) => tokenFlowSteps(steps as unknown as FlowSteps<AnyFlow>, context, transport) as unknown as typeof steps,
    readToken: store.read,
    storeToken: store.write,
    removeToken: store.remove,
  }
  return transport
}
