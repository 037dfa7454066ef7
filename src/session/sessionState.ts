import type { AuthenticatorAssuranceLevel } from '@ory/client'
import type { TypedIdentity, TypedSession } from './register.js'
import type { OrySessionError } from '../kratos/errors.js'
import type { SessionAnswer } from './interpretWhoami.js'

interface StateShape<Status extends string> {
  /** Where the session stands; narrow on it. */
  readonly status: Status
  /** Ask whoami again now (for example after the app's own login page finished). */
  readonly refetch: () => Promise<void>
}

/** No answer from Kratos yet. Guards wait; nothing should render as "signed out". */
export interface LoadingState extends StateShape<'loading'> {
  readonly session: null
  readonly identity: null
  readonly aal: null
  readonly error: null
  readonly isLoading: true
  readonly isAuthenticated: false
}

/**
 * Signed in. `error` is set when a later refetch failed (a blip): the session is kept, because a
 * network error says nothing about whether the user signed out.
 */
export interface AuthenticatedState extends StateShape<'authenticated'> {
  readonly session: TypedSession
  readonly identity: TypedIdentity | null
  readonly aal: AuthenticatorAssuranceLevel | null
  readonly error: OrySessionError | null
  readonly isLoading: false
  readonly isAuthenticated: true
}

/** Kratos said nobody is signed in (401, or a session that is no longer active). */
export interface UnauthenticatedState extends StateShape<'unauthenticated'> {
  readonly session: null
  readonly identity: null
  readonly aal: null
  readonly error: OrySessionError | null
  readonly isLoading: false
  readonly isAuthenticated: false
}

/**
 * Signed in at aal1, but Kratos requires the second factor (403 `session_aal2_required`) before it
 * shows the session. Not an error and not signed out: send the user to the aal2 step.
 */
export interface Aal2RequiredState extends StateShape<'aal2_required'> {
  readonly session: null
  readonly identity: null
  readonly aal: 'aal1'
  readonly error: OrySessionError | null
  readonly isLoading: false
  readonly isAuthenticated: false
}

/** Kratos could not be asked (network, 5xx, timeout, bad answer) and no earlier answer is known. */
export interface ErrorState extends StateShape<'error'> {
  readonly session: null
  readonly identity: null
  readonly aal: null
  readonly error: OrySessionError
  readonly isLoading: false
  readonly isAuthenticated: false
}

/**
 * What {@link useSession} returns: a union on `status`, so narrowing gives the right types.
 *
 * @example
 * ```tsx
 * import { useSession } from 'ory-session-react'
 *
 * function Email() {
 *   const state = useSession()
 *   if (state.status !== 'authenticated') return null
 *   return <span>{String(state.session.identity?.traits.email)}</span>
 * }
 * ```
 */
export type SessionState = LoadingState | AuthenticatedState | UnauthenticatedState | Aal2RequiredState | ErrorState

/** Every value `status` can take. */
export type SessionStatus = SessionState['status']

/** Derives the public state from the session query's last answer and last error. */
export function toSessionState(
  answer: SessionAnswer | undefined,
  error: OrySessionError | null,
  refetch: () => Promise<void>,
): SessionState {
  // Every state but one is "not signed in, nothing loading": start from that and change what differs.
  const base = { session: null, identity: null, aal: null, error, isLoading: false, isAuthenticated: false, refetch } as const
  if (answer === undefined) {
    return error ? { ...base, status: 'error', error } : { ...base, status: 'loading', error: null, isLoading: true }
  }
  if (answer.kind === 'aal2_required') return { ...base, status: 'aal2_required', aal: 'aal1' }
  if (answer.kind === 'signed_out') return { ...base, status: 'unauthenticated' }
  const session = answer.session as TypedSession
  return {
    ...base,
    status: 'authenticated',
    // Typed by the app's Register declaration; Kratos validated the traits against its schema.
    session,
    identity: session.identity ?? null,
    aal: session.authenticator_assurance_level ?? null,
    isAuthenticated: true,
  }
}
