import type { Session } from '@ory/client'
import type { OrySessionError } from '../kratos/errors.js'
import type { LoginUrlOptions } from '../kratos/loginUrl.js'
import type { SessionState } from '../session/sessionState.js'

/** What a page requires of the session. */
export interface AccessRequirement {
  /**
   * The assurance level the page needs. `'aal2'` sends an aal1 session to the second-factor step.
   * @default 'aal1'
   */
  aal?: 'aal1' | 'aal2' | undefined
  /**
   * The oldest authentication the page accepts, in seconds. An older `authenticated_at` sends the
   * user through re-authentication (`refresh=true`). With `aal: 'aal2'`, the second factor's
   * `completed_at` is judged.
   */
  maxAge?: number | undefined
}

/** Why a guard sends someone to Kratos. */
export type LoginReason = 'signed_out' | 'aal2_required' | 'aal_too_low' | 'too_old'

/** What a guard does with the current session state. */
export type AccessDecision =
  | { readonly type: 'wait' }
  | { readonly type: 'allow'; readonly session: Session }
  | { readonly type: 'login'; readonly reason: LoginReason; readonly params: Omit<LoginUrlOptions, 'returnTo'> }
  | { readonly type: 'fail'; readonly error: OrySessionError }

/**
 * The one place where guards decide. Errors never lead to a login redirect: a network failure says
 * nothing about the user, and redirecting on it would sign people out on every blip.
 */
export function decideAccess(state: SessionState, requirement: AccessRequirement, now: number): AccessDecision {
  switch (state.status) {
    case 'loading':
      return { type: 'wait' }
    case 'error':
      return { type: 'fail', error: state.error }
    case 'unauthenticated':
      return { type: 'login', reason: 'signed_out', params: {} }
    case 'aal2_required':
      return { type: 'login', reason: 'aal2_required', params: { aal: 'aal2' } }
    case 'authenticated': {
      const { session } = state
      const wantsAal2 = requirement.aal === 'aal2'
      if (wantsAal2 && session.authenticator_assurance_level !== 'aal2') {
        return { type: 'login', reason: 'aal_too_low', params: { aal: 'aal2' } }
      }
      // No usable time counts as too old (NaN fails the comparison): asking again is safe.
      if (requirement.maxAge !== undefined && !(now - authenticatedAt(session, wantsAal2) <= requirement.maxAge * 1000)) {
        return { type: 'login', reason: 'too_old', params: wantsAal2 ? { aal: 'aal2', refresh: true } : { refresh: true } }
      }
      return { type: 'allow', session }
    }
  }
}

/**
 * When the factor the page cares about was last proven, in ms since the epoch (NaN when unknown):
 * the latest aal2 method for aal2 pages (Kratos records `completed_at` per method), else
 * `authenticated_at`.
 */
export function authenticatedAt(session: Session, secondFactor: boolean): number {
  const times = secondFactor
    ? (session.authentication_methods ?? []).map((method) => (method.aal === 'aal2' && Date.parse(method.completed_at ?? '')) || 0)
    : []
  // Math.max of no times (or of NaNs only, which `|| 0` turned into 0) falls back to authenticated_at.
  return Math.max(0, ...times) || Date.parse(session.authenticated_at ?? '')
}
