import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { decideAccess, type AccessRequirement } from './decideAccess.js'
import type { OrySessionError } from '../kratos/errors.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { loopError } from './loopError.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import { useSessionContext } from '../session/SessionContext.js'
import { useSession } from '../session/useSession.js'
import { useSecondFactorGate } from './useSecondFactorGate.js'

/** What {@link RequireAuthProps.errorFallback} receives. */
export interface GuardErrorProps {
  error: OrySessionError
  /** Asks Kratos again (and, after a redirect loop, allows one more redirect). */
  retry: () => void
  /** A `retry` is waiting for Kratos's answer: say so (a Kratos that is still down takes a timeout). */
  retrying: boolean
  /** When the last `retry` got its answer or failure; `undefined` before the first. */
  lastTriedAt: Date | undefined
}

/** Props of {@link RequireAuth}. */
export interface RequireAuthProps extends AccessRequirement {
  children?: ReactNode
  /**
   * Shown while the session loads and while the browser leaves for Kratos.
   * @default null
   */
  fallback?: ReactNode
  /**
   * Shown when Kratos cannot be asked, `returnTo` is refused, or a redirect loop was stopped.
   * `retrying` and `lastTriedAt` let it show that "Try again" is at work while Kratos is still down.
   * @default a small `role="alert"` box with the message and a "Try again" button ("Trying again…"
   * while it waits, then "Last tried at <time>")
   */
  errorFallback?: (props: GuardErrorProps) => ReactNode
  /**
   * Where Kratos sends the user after logging in: a path or a URL on this app's origin.
   * @default the current URL, with its query and hash
   */
  returnTo?: string
  /**
   * Shown instead of a redirect when the page needs `aal="aal2"` and the person has no second
   * factor yet: Kratos's second-factor step would offer them nothing to complete. Once they set one
   * up (Kratos upgrades the session to aal2 at once) and the session is asked again, the page shows.
   * @default a short note that a second factor is needed, with a link to `settingsUrl` (by default
   * Kratos's settings flow, whose save `useSettingsFlow` follows back to this page)
   */
  secondFactorFallback?: ReactNode
  /**
   * The app's page where people set up a second factor, linked from the default `secondFactorFallback`.
   * @default Kratos's settings flow, `<baseUrl>/self-service/settings/browser?return_to=<this page>`
   */
  settingsUrl?: string
}

/**
 * Renders its children only for a session that satisfies `aal` and `maxAge`; otherwise sends the
 * browser to Kratos's login flow (with `aal=aal2` to step up, `refresh=true` to re-authenticate)
 * and back. Never redirects on errors, never before the first answer, never twice in a row.
 * Before a step-up it makes sure the person has a second factor (one request to Kratos); without
 * one it shows `secondFactorFallback` instead of Kratos's empty second-factor step.
 * In token mode (`tokenTransport`) nothing leaves the app: the transport's `loginScreen` is
 * rendered (or its `onLoginRequired` called) with the reason.
 *
 * @example
 * ```tsx
 * import { RequireAuth } from 'ory-session-react'
 *
 * export function BillingPage() {
 *   return (
 *     <RequireAuth
 *       aal="aal2"
 *       maxAge={300}
 *       fallback={<p>Checking your session…</p>}
 *       secondFactorFallback={<a href="/settings">Set up a second factor to see billing</a>}
 *     >
 *       <h1>Billing</h1>
 *     </RequireAuth>
 *   )
 * }
 * ```
 */
export function RequireAuth(props: RequireAuthProps) {
  const { children, aal, maxAge, fallback = null, errorFallback = GuardError, returnTo, secondFactorFallback, settingsUrl } = props
  const context = useSessionContext('RequireAuth')
  const { baseUrl, redirects, events, transport } = context
  const state = useSession()
  // Why the guard did not leave for Kratos: `returnTo` was refused, or it stopped a redirect loop.
  const [blocked, setBlocked] = useState<OrySessionError | null>(null)
  // "Try again": `true` while its answer is awaited, then when it came.
  const [tried, setTried] = useState<true | Date>()

  // Judged when the session changes, not on every render: a page must not redirect mid-form
  // because the clock moved past maxAge.
  const access = useMemo(() => decideAccess(state, { aal, maxAge }, Date.now()), [state, aal, maxAge])
  const { decision, retry: retryCheck } = useSecondFactorGate(context, access, state.session?.id)

  useEffect(() => {
    if (decision.type === 'allow') redirects.settle()
    if (process.env.NODE_ENV !== 'production' && decision.type !== 'login') events?.add('guard', describeDecision(decision.type, aal, maxAge))
  }, [decision.type, redirects, events, aal, maxAge])

  // Leaves for Kratos on a login decision. Token mode: the transport's gate below handles logins;
  // nothing leaves the app.
  const leave = () => {
    if (decision.type !== 'login' || transport) return
    let url: string
    try {
      url = loginUrl(baseUrl, { ...decision.params, returnTo: resolveReturnTo(returnTo, window.location.href) })
    } catch (refused) {
      setBlocked(refused as OrySessionError)
      return
    }
    const outcome = redirects.go(url)
    if (process.env.NODE_ENV !== 'production') events?.add('guard', `${decision.reason} → ${outcome === 'loop' ? 'stopped a loop to' : outcome} ${url}`)
    setBlocked(outcome === 'loop' ? loopError(decision.reason, url) : null)
  }
  // Whenever the decision or what the URL is built from changes (`leave` itself is new on every render).
  useEffect(leave, [decision, returnTo, baseUrl, transport, redirects, events])

  const retry = () => {
    if (blocked) {
      // After a stopped loop, one more redirect is allowed; a refused returnTo is checked again.
      if (blocked.kind === 'redirect_loop') redirects.settle()
      leave()
    }
    retryCheck()
    setTried(true)
    void state.refetch().finally(() => setTried(new Date()))
  }

  const error = decision.type === 'fail' ? decision.error : decision.type === 'login' ? blocked : null
  if (error) return errorFallback({ error, retry, retrying: tried === true, lastTriedAt: tried === true ? undefined : tried })
  if (decision.type === 'second_factor_missing') {
    return secondFactorFallback ?? <SecondFactorMissing href={settingsUrl ?? kratosSettingsUrl(baseUrl, returnTo)} />
  }
  if (decision.type === 'allow') return children
  // Token mode: no browser to send anywhere; the gate shows the app's sign-in screen when one is needed.
  return transport ? transport.gate(decision, fallback) : fallback
}

function describeDecision(type: string, aal: string | undefined, maxAge: number | undefined): string {
  return `${type} (requires ${aal ?? 'aal1'}${maxAge === undefined ? '' : `, maxAge ${maxAge} s`})`
}

/** The default error box: while "Try again" waits for Kratos it says so, then when it last tried. */
function GuardError({ error, retry, retrying, lastTriedAt }: GuardErrorProps) {
  return (
    <div role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
      {lastTriedAt && <p>Last tried at {lastTriedAt.toLocaleTimeString()}</p>}
    </div>
  )
}

/**
 * `<RequireAuth>`'s default `secondFactorFallback`: says why the page is not shown and links to
 * where a second factor is set up (`href`: the app's `settingsUrl`, else {@link kratosSettingsUrl}).
 */
function SecondFactorMissing({ href }: { href: string }) {
  return (
    <p role="status">
      {/* Short: the link says what to do. */}
      This page needs a second factor.{' '}
      <a href={href}>Set up a second factor</a>
    </p>
  )
}

/**
 * Kratos's settings flow (Kratos opens the app's settings UI, `selfservice.flows.settings.ui_url`)
 * with `return_to` set to this page.
 */
function kratosSettingsUrl(baseUrl: string, returnTo: string | undefined): string {
  const url = new URL('self-service/settings/browser', baseUrl)
  try {
    url.searchParams.set('return_to', resolveReturnTo(returnTo, window.location.href))
  } catch {
    // A refused returnTo (another origin): the settings flow then returns to Kratos's default.
  }
  return url.href
}
