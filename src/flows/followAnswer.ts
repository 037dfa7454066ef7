import type { ContinueWith, UiText } from '@ory/client'
import { OrySessionError } from '../kratos/errors.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { offersSecondFactor } from '../kratos/offersSecondFactor.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import type { FlowEngineOptions } from './flowEngine.js'
import type { AnyFlow, FlowByKind, FlowKind, FlowStartParams } from './flowKinds.js'
import type { FlowOutcome, FlowResult } from './flowState.js'
import { pageUrlParam } from './pageUrl.js'
import { parseUrl } from './parseUrl.js'
import type { FlowAnswer } from './readFlowAnswer.js'

// Where each Kratos answer goes: the one place that decides what a flow hook does next (the
// table "Answers each flow must handle", Kratos v1.3.1). In token mode (API flows) the transport's
// `follow` (src/native/followTokenFlow.ts) takes the answers that differ first: a session token to
// store, nothing to navigate. Cookie mode refuses a session token: a browser never holds one.

/** What following an answer may do to the hook: the engine's own operations. */
export interface FlowSteps<F> {
  readonly kind: FlowKind
  readonly baseUrl: string
  /** Per hook: automatic restarts after a CSRF failure, and whether aal2 was already asked for. */
  readonly memory: { csrfRestarts: number; secondFactorStepTried: boolean }
  options(): FlowEngineOptions
  show(flow: F, patch?: { saved?: boolean; continueWith?: readonly ContinueWith[]; notes?: UiText[] }): void
  finish(result: FlowResult, continueWith?: readonly ContinueWith[]): FlowOutcome
  fail(thrown: unknown): FlowOutcome
  /** Goes to a `return_to` (checkTarget: the app's origin or Kratos's; any, `fromKratos`). */
  go(url: string, result?: FlowResult, fromKratos?: unknown): FlowOutcome
  /** Leaves for an identity provider Kratos named. */
  leave(url: string): FlowOutcome
  begin(override?: FlowStartParams, steps?: number, notes?: UiText[]): Promise<FlowOutcome>
  read(id: string, steps: number, notes?: UiText[]): Promise<FlowOutcome>
  refreshSession(): Promise<SessionAnswer | undefined>
  /** Token mode only: handles an answer its own way, or `undefined` to follow it as below. */
  follow?: (answer: FlowAnswer, steps: number) => Promise<FlowOutcome> | undefined
}

/** Cookie mode: an answer with a session token is from an API flow, which a browser must never run. */
const refuseToken = <F>(engine: FlowSteps<F>) =>
  engine.fail(new OrySessionError('config', process.env.NODE_ENV === 'production' ? 'session token in a browser flow' : 'Kratos answered with a session token (session_token / set_ory_session_token), which only API flows do: a browser app must use browser flows (cookie mode), never hold a token.'))
const carriesToken = (json: { session_token?: unknown; continue_with?: unknown }) =>
  json.session_token != null || (Array.isArray(json.continue_with) && json.continue_with.some((item: { action?: unknown }) => item?.action === 'set_ory_session_token'))

// Automatic steps (restart, read the replacement) one request may trigger before it gives up.
const MAX_AUTOMATIC_STEPS = 3

export async function followAnswer<F extends AnyFlow>(engine: FlowSteps<F>, answer: FlowAnswer, steps: number, submitted: F | undefined, notes?: UiText[]): Promise<FlowOutcome> {
const { kind, memory, options } = engine
  if (steps > MAX_AUTOMATIC_STEPS) return engine.fail(new OrySessionError('redirect_loop', `Kratos kept replacing the ${kind} flow; stopped.`))
  const own = engine.follow?.(answer, steps)
  if (own) return own
  switch (answer.type) {
    case 'flow':
      return followFlow(engine, answer.flow as F, submitted, notes)
    case 'success': {
      if (carriesToken(answer.body)) return refuseToken(engine)
      memory.csrfRestarts = 0
      const session = await engine.refreshSession()
      const signedIn = answer.session !== undefined || session?.kind === 'session'
      // A flow Kratos prepared (show_verification_ui: its code is sent) is the next step, signed in
      // or not, before redirect_browser_to and the app's returnTo: Kratos's own browser redirect
      // does the same, and the prepared flow carries this flow's return_to on.
      // Kratos's prepared flow or redirect_browser_to (the return_to it validated at flow start):
      // followed as is, to any origin Kratos allowed.
      const chosen = preparedFlowOf(answer.continueWith) ?? redirectOf(answer.continueWith)
      // A registration without a session hook is "registered", and goes where Kratos says as its own
      // browser redirect does (redirect_browser_to: `…registration.after.<method>.default_browser_return_url`).
      if (kind === 'registration' && answer.session === undefined) {
        const result: FlowResult = { type: 'registered', identity: answer.identity }
        return chosen ? engine.go(chosen, result, chosen) : engine.finish(result, answer.continueWith)
      }
      const result: FlowResult = { type: 'signed_in', session: answer.session }
      const to = chosen ?? options().returnTo
      if (signedIn && to) return engine.go(to, result, chosen)
      return engine.finish(result, answer.continueWith)
    }
    case 'already_signed_in': {
      const session = await engine.refreshSession()
      // A login without aal2 while the session needs aal2 is also "already available" (v1.3.1):
      // ask for the second factor once instead of calling it done and looping through whoami.
      if (kind === 'login' && session?.kind === 'aal2_required' && !memory.secondFactorStepTried) {
        memory.secondFactorStepTried = true
        return engine.begin({ aal: 'aal2' }, steps + 1)
      }
      return engine.go(options().returnTo ?? pageUrlParam('return_to') ?? '/', { type: 'already_signed_in' })
    }
    case 'use_flow':
      return engine.read(answer.id, steps + 1, noteOf(answer.reason))
    case 'restart': {
      if (answer.reason === 'csrf' && memory.csrfRestarts++ > 0) {
        return engine.fail(new OrySessionError('http', 'Kratos refused the CSRF token twice (403 security_csrf_violation): are cookies blocked, or is the app on another site than Kratos?', { status: 403, errorId: 'security_csrf_violation' }))
      }
      if (steps > 0 && answer.reason !== 'csrf') return engine.fail(new OrySessionError('http', `A new ${kind} flow was not usable either (${answer.reason}).`))
      // A submit Kratos refused (CSRF): the new, empty form says why (Kratos's reason, 4000001).
      const outcome = await engine.begin(answer.returnTo ? { returnTo: answer.returnTo } : {}, steps + 1, submitted && noteOf(answer.text))
      return outcome.type === 'updated' ? { type: 'restarted', reason: answer.reason } : outcome
    }
    case 'location':
      return followLocation(engine, answer.url, steps)
    case 'login_required': {
      if (kind === 'login') return engine.begin({ aal: answer.aal ?? 'aal1', refresh: answer.refresh ?? false }, steps + 1)
      // A re-authentication for a settings change: Kratos's own login URL, whose return_to resumes
      // the paused change. Else back to this very page (and flow) after signing in.
      if (answer.to) return engine.go(answer.to)
      return engine.go(loginUrl(engine.baseUrl, { ...(answer.aal ? { aal: answer.aal } : {}), ...(answer.refresh ? { refresh: true } : {}), returnTo: window.location.href }))
    }
    case 'error':
      return engine.fail(answer.error)
  }
}

async function followFlow<F extends AnyFlow>(engine: FlowSteps<F>, flow: F, submitted: F | undefined, notes?: UiText[]): Promise<FlowOutcome> {
const { kind, memory, options } = engine
  const replaced = submitted !== undefined && submitted.id !== flow.id
  // Kratos accepted the CSRF token (it answered with a flow): a later 403 may restart again.
  if (submitted) memory.csrfRestarts = 0
  if (kind === 'login' && (flow as FlowByKind['login']).requested_aal === 'aal2' && !offersSecondFactor(flow)) {
    // Shown first, so the result keeps the flow and Kratos's 1010004 "Please complete the second
    // authentication challenge." for the page that offers to set one up.
    engine.show(flow)
    return engine.finish({ type: 'second_factor_missing' })
  }
  const continueWith = (flow as { continue_with?: ContinueWith[] }).continue_with ?? []
  if (kind === 'settings' && submitted && flow.state === 'success') {
    await engine.refreshSession()
    // A verification flow Kratos prepared for a changed address (its code is sent) comes first, as
    // after a registration (Ory's own apps do the same); it carries this flow's return_to on.
    // Then the app's returnTo, else the flow's return_to (its init URL's: the guard's "Set up a
    // second factor" link names the page it guards). Not Kratos's redirect_browser_to: without
    // return_to it is this very page again (v1.3.1), so a settings page opened without one stays.
    // The flow's return_to passed Kratos's allowed_return_urls: followed, even to another app.
    const own = options().returnTo
    const prepared = preparedFlowOf(continueWith)
    const to = prepared ?? own ?? (flow as FlowByKind['settings']).return_to
    if (to) return engine.go(to, undefined, prepared ?? !own)
    engine.show(flow, { saved: true, continueWith })
    return { type: 'saved' }
  }
  if ((kind === 'recovery' || kind === 'verification') && flow.state === 'passed_challenge') {
    if (carriesToken(flow as { continue_with?: unknown })) return refuseToken(engine)
    await engine.refreshSession()
    const prepared = preparedFlowOf(continueWith)
    if (prepared) return engine.go(prepared, { type: 'signed_in', session: undefined })
    if (kind === 'verification') {
      engine.show(flow, { continueWith })
      const to = options().returnTo
      return to ? engine.go(to, { type: 'verified' }) : engine.finish({ type: 'verified' }, continueWith)
    }
  }
  engine.show(flow, { continueWith, ...(notes && (flow.ui.messages ?? []).length === 0 ? { notes } : {}) })
  return { type: 'updated', replaced }
}

async function followLocation<F extends AnyFlow>(engine: FlowSteps<F>, url: string, steps: number): Promise<FlowOutcome> {
const { kind } = engine
  const target = parseUrl(url, 'invalid_response')
  const here = new URL(window.location.href)
  const flowId = target.searchParams.get('flow')
  // This very page with a flow (a passkey submit without a credential): read it in place.
  if (target.origin === here.origin && target.pathname === here.pathname && flowId) return engine.read(flowId, steps + 1)
  // Kratos's login init (aal2 after a password): start that login here instead of leaving.
  const kratosInit = new URL(`self-service/${kind}/browser`, engine.baseUrl)
  if (kind === 'login' && target.origin === kratosInit.origin && target.pathname === kratosInit.pathname) {
    await engine.refreshSession()
    const aal = target.searchParams.get('aal') === 'aal2' ? 'aal2' : undefined
    return engine.begin({ ...(aal ? { aal } : {}), refresh: target.searchParams.get('refresh') === 'true', ...(target.searchParams.get('return_to') ? { returnTo: target.searchParams.get('return_to')! } : {}) }, steps + 1)
  }
  // A 422 can come with a new session (recovery → settings): everyone should see it on arrival.
  if (target.origin === here.origin) await engine.refreshSession()
  // An identity provider (social sign-in): Kratos chose it, so it is not an open redirect.
  if (target.origin !== here.origin && target.origin !== new URL(engine.baseUrl).origin) return engine.leave(target.href)
  return engine.go(target.href)
}

/** Kratos's reason for an automatic step, as a message above the next form (4000001: "{reason}"). */
const noteOf = (text: string | undefined): UiText[] | undefined => (text ? [{ id: 4000001, type: 'error', text }] : undefined)

/**
 * The page of the flow Kratos prepared in `continue_with`, in Ory's documented order (settings,
 * recovery, verification; Ory Elements' too): its `url`, else the app's `/<flow>?flow=<id>`.
 */
function preparedFlowOf(continueWith: readonly ContinueWith[]): string | undefined {
  for (const kind of ['settings', 'recovery', 'verification']) {
    const item = continueWith.find((candidate) => candidate.action === `show_${kind}_ui`) as { flow: { id: string; url?: string } } | undefined
    if (item) return item.flow.url ?? `/${kind}?flow=${encodeURIComponent(item.flow.id)}`
  }
  return undefined
}

function redirectOf(continueWith: readonly ContinueWith[]): string | undefined {
  for (const item of continueWith) if (item.action === 'redirect_browser_to') return item.redirect_browser_to
  return undefined
}
