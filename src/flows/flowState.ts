import type { ContinueWith, Identity, Session, UiNode, UiText } from '@ory/client'
import type { OrySessionError } from '../kratos/errors.js'
import type { RestartReason } from './readFlowAnswer.js'

/** What a finished flow achieved (the `result` of status `'done'`). */
export type FlowResult =
  /** Signed in (login, registration with a session hook, recovery). */
  | { readonly type: 'signed_in'; readonly session: Session | undefined }
  /** Registered, but Kratos's config runs no `session` hook for this method: nobody is signed in yet. */
  | { readonly type: 'registered'; readonly identity: Identity | undefined }
  /** The address is verified (verification `passed_challenge`). */
  | { readonly type: 'verified' }
  /** Someone was already signed in (400 `session_already_available`): no flow was needed. */
  | { readonly type: 'already_signed_in' }
  /**
   * An aal2 login flow offers no second factor: the identity has none set up. Offer to set one up
   * in Settings instead of an empty form.
   */
  | { readonly type: 'second_factor_missing' }

/** What one `submit()` (or `passkey()`) did. Kratos's answers resolve; nothing here rejects. */
export type FlowOutcome =
  /** The flow changed and is ready again: validation messages, or the next step (code sent, second registration step). */
  | { readonly type: 'updated'; readonly replaced: boolean }
  /** Settings saved (status `'ready'`, `saved: true`). */
  | { readonly type: 'saved' }
  /** The flow is finished: see `result` (status `'done'`, or `'redirecting'` to `return_to`). */
  | { readonly type: 'completed'; readonly result: FlowResult }
  /** The browser goes elsewhere: re-authentication, step-up, an identity provider, settings after recovery. */
  | { readonly type: 'redirecting'; readonly to: string }
  /** The flow was dead (expired, unknown, CSRF) and a new one was started: ask the person again. */
  | { readonly type: 'restarted'; readonly reason: RestartReason }
  /** The WebAuthn ceremony failed or the person cancelled it; nothing was sent. */
  | { readonly type: 'passkey_cancelled'; readonly cause: unknown }
  /** No answer, or one Kratos does not give: the form and what was typed stay. */
  | { readonly type: 'error'; readonly error: OrySessionError }

/** Fields every status has. */
interface FlowFields<F> {
  /** Kratos's flow, when one is loaded. */
  readonly flow: F | undefined
  /** `flow.ui.nodes`, or `[]`. */
  readonly nodes: readonly UiNode[]
  /** `flow.ui.messages` (the flow's own messages, shown once above the form), or `[]`. */
  readonly messages: readonly UiText[]
  /** Error messages by field name: `fieldErrors.password?.[0]?.text`. */
  readonly fieldErrors: Readonly<Record<string, readonly UiText[]>>
  /** The last failure that kept the form (network, timeout, a body that is not Kratos's), else `null`. */
  readonly error: OrySessionError | null
  /** Settings only: the last submission was saved. */
  readonly saved: boolean
  /** Kratos's `continue_with` of the last answer (e.g. `show_verification_ui` after registration). */
  readonly continueWith: readonly ContinueWith[]
}

/**
 * A flow hook's state, a union on `status`:
 * - `'loading'`: reading or starting the flow;
 * - `'ready'`: `flow` is there, render the form (`error` holds a failed submit's reason);
 * - `'submitting'`: a submit is in flight (the form stays);
 * - `'redirecting'`: the browser is going to `to`;
 * - `'done'`: finished here, see `result`;
 * - `'error'`: no flow could be shown, see `error`; `restart()` tries again.
 */
export type FlowState<F> =
  | (FlowFields<F> & { readonly status: 'loading'; readonly flow: undefined })
  | (FlowFields<F> & { readonly status: 'ready' | 'submitting'; readonly flow: F })
  | (FlowFields<F> & { readonly status: 'redirecting'; readonly to: string })
  | (FlowFields<F> & { readonly status: 'done'; readonly result: FlowResult })
  | (FlowFields<F> & { readonly status: 'error'; readonly error: OrySessionError })

/** Every status a flow hook can be in. */
export type FlowStatus = FlowState<unknown>['status']
