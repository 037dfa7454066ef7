import type { ReactNode } from 'react'
import type { LoginReason } from '../guards/decideAccess.js'
import type { OrySessionError } from '../kratos/errors.js'
import type { SessionAnswer } from './interpretWhoami.js'
import type { SessionContextValue } from './SessionContext.js'

/**
 * Why the app must show its sign-in screen in token mode, and what to ask Kratos's login API flow
 * for: `aal: 'aal2'` to step up, `refresh: true` to re-authenticate (both with the current token).
 */
export interface LoginRequired {
  /** Signed out, second factor missing (`aal2_required`, `aal_too_low`), or a login older than `maxAge` (`too_old`). */
  readonly reason: LoginReason
  readonly aal?: 'aal1' | 'aal2' | undefined
  readonly refresh?: boolean | undefined
}

/** A guard's decision, as far as the token gate reads it: waiting, or a sign-in needed. */
export type GateDecision =
  | { readonly type: 'wait' | 'allow' | 'fail' }
  | { readonly type: 'login'; readonly reason: LoginReason; readonly params: Omit<LoginRequired, 'reason'> }

/**
 * How the SDK reaches Kratos with a session token instead of the cookie (native apps). Made by
 * `tokenTransport()`; the core calls only these members, so none of the token code is bundled by
 * an app that never calls `tokenTransport()` (cookie mode is `transport` left `undefined`).
 */
export interface TokenTransport {
  readonly mode: 'token'
  /** Sends one Kratos request the token way: `credentials: 'omit'`, `X-Session-Token`. */
  readonly send: (url: URL, init: RequestInit) => Promise<Response>
  /** Ends the session with `DELETE /self-service/logout/api` and removes the stored token. */
  readonly endSession: (context: SessionContextValue) => Promise<void>
  /** What `<RequireAuth>` renders instead of its children: the app's login screen when one is needed, or `fallback` (after calling its handler). */
  readonly gate: (decision: GateDecision, fallback: ReactNode) => ReactNode
  /** `useStepUp` / `useReauthenticate` in token mode: calls the app's handler; an error when there is none. */
  readonly requireLogin: (required: LoginRequired) => OrySessionError | null
  /**
   * Takes a successful API-flow answer (login, registration, recovery, token exchange): stores its
   * token, caches its session, and says where the user stands (`aal2_required` for `identity: null`).
   */
  readonly acceptAnswer: (context: SessionContextValue, json: unknown) => Promise<SessionAnswer>
  /**
   * The flows hooks in token mode: wraps a flow engine's steps (`FlowSteps` of src/flows) so that
   * answers with a session token are stored, and nothing navigates. Typed loosely here: the core
   * does not depend on the flows folder.
   */
  readonly flowSteps: <Steps extends object>(steps: Steps, context: SessionContextValue) => Steps
  /** The stored token (`null` when none); reads wait for earlier writes. */
  readonly readToken: () => Promise<string | null>
  /** Stores a new token (writes are serialised). */
  readonly storeToken: (token: string) => Promise<void>
  /** Removes the stored token; with `only`, only while it is still that token (a newer login keeps its own). */
  readonly removeToken: (only?: string) => Promise<void>
}
