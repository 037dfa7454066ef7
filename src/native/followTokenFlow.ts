import type { ContinueWith } from '@ory/client'
import { OrySessionError } from '../kratos/errors.js'
import type { FlowSteps } from '../flows/followAnswer.js'
import type { AnyFlow } from '../flows/flowKinds.js'
import type { FlowOutcome } from '../flows/flowState.js'
import type { FlowAnswer } from '../flows/readFlowAnswer.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'
import type { TokenTransport } from '../session/transport.js'

/**
 * The flows hooks on API flows (token mode): the answers that differ from cookie mode.
 * - A login or registration success stores `session_token` / continue_with's
 *   `set_ory_session_token` (the transport's acceptAnswer puts the session in the cache). A login
 *   whose `session.identity` is null still needs the second factor: the hook goes on to
 *   `login/api?aal=aal2`, sent with the new token, instead of finishing with a user without identity.
 * - Recovery's passed challenge stores its token; the hook finishes with `show_settings_ui` in
 *   `continueWith` for the app's own settings screen. A settings save is `saved`, with Kratos's
 *   `continueWith` (`show_verification_ui` after an address change) for the app's verification screen.
 * - Nothing navigates: a finished flow is finished; "sign in first" calls the app's
 *   `onLoginRequired`; a provider page (422) belongs to useSocialSignIn.
 * Everything else (flows with messages, next steps, expiry, replaced flows) is as in cookie mode.
 */
export function tokenFlowSteps<F extends AnyFlow>(steps: FlowSteps<F>, context: SessionContextValue, transport: TokenTransport): FlowSteps<F> {
  const { kind, memory } = steps
  const accept = async (json: unknown, then: (now: SessionAnswer) => Promise<FlowOutcome> | FlowOutcome): Promise<FlowOutcome> => {
    let now: SessionAnswer
    try {
      now = await transport.acceptAnswer(context, json)
    } catch (thrown) {
      return steps.fail(thrown)
    }
    return then(now)
  }
  const signedIn = (now: SessionAnswer, continueWith: readonly ContinueWith[]) =>
    steps.finish({ type: 'signed_in', session: now.kind === 'session' ? now.session : undefined }, continueWith)

  // A 422 to a page (redirect_browser_to): a provider, or recovery with use_continue_with_transitions off.
  const leave = (url: string) =>
    steps.fail(
      new OrySessionError(
        'config',
        `Kratos sent this ${kind} flow to ${url}, which token mode does not open: a provider goes through useSocialSignIn; native recovery needs Kratos's feature_flags.use_continue_with_transitions: true.`,
      ),
    )

  const follow = (answer: FlowAnswer, count: number): Promise<FlowOutcome> | undefined => {
    if (answer.type === 'success') {
      memory.csrfRestarts = 0
      // Registration without a session hook: registered, nobody signed in, no token.
      if (answer.session === undefined && answer.body.session_token == null && !answer.continueWith.some((item) => item.action === 'set_ory_session_token')) {
        return Promise.resolve(steps.finish({ type: 'registered', identity: answer.identity }, answer.continueWith))
      }
      return accept(answer.body, (now) => {
        if (now.kind === 'aal2_required' && kind === 'login' && !memory.secondFactorStepTried) {
          memory.secondFactorStepTried = true
          return steps.begin({ aal: 'aal2' }, count + 1)
        }
        return signedIn(now, answer.continueWith)
      })
    }
    if (answer.type === 'flow' && kind === 'recovery' && answer.flow.state === 'passed_challenge') {
      const { flow } = answer
      const continueWith = (flow as { continue_with?: ContinueWith[] }).continue_with ?? []
      return accept(flow, (now) => {
        steps.show(flow as F, { continueWith })
        return signedIn(now, continueWith)
      })
    }
    // A settings save is saved here, Kratos's continue_with (a verification it prepared for a changed
    // address) handed to the app's own screens; the cookie engine would open that flow's page.
    if (answer.type === 'flow' && kind === 'settings' && answer.flow.state === 'success') {
      const { flow } = answer
      const continueWith = (flow as { continue_with?: ContinueWith[] }).continue_with ?? []
      memory.csrfRestarts = 0
      return steps.refreshSession().then((): FlowOutcome => {
        steps.show(flow as F, { saved: true, continueWith })
        return { type: 'saved' }
      })
    }
    if (answer.type === 'login_required' && kind !== 'login') {
      const required = { reason: answer.refresh ? ('too_old' as const) : answer.aal ? ('aal2_required' as const) : ('signed_out' as const), aal: answer.aal, refresh: answer.refresh }
      const error = transport.requireLogin(required) ?? new OrySessionError('http', `Kratos wants the user to sign in first (${required.reason}).`, { status: answer.aal || answer.refresh ? 403 : 401 })
      return Promise.resolve(steps.fail(error))
    }
    // Never the cookie engine's leave: that navigates the page (a WebView leaves the app; React Native has no location).
    if (answer.type === 'location') return Promise.resolve(leave(answer.url))
    return undefined
  }

  return {
    ...steps,
    follow,
    // A finished flow is finished here; the app's own navigation takes it from there.
    go: (url, result) => (result ? steps.finish(result) : steps.fail(new OrySessionError('config', `Kratos asks to open ${url}, which a native app does not do inside a flow.`))),
    leave,
  }
}
