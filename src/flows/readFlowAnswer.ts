import type { ContinueWith, Identity, Session } from '@ory/client'
import { OrySessionError, type KratosErrorBody } from '../kratos/errors.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import type { AnyFlow } from './flowKinds.js'

/** Why a flow is started again. */
export type RestartReason = 'expired' | 'not_found' | 'csrf'

/**
 * One Kratos answer to a flow request, reduced to what the hook does next. Pure: it neither
 * navigates nor refetches. Kratos v1.3.1 is the spec (shared FLOWS-AND-NATIVE.md, section C wins).
 */
export type FlowAnswer =
  /** A flow to show: fetched, validation errors, the next step (400), or a flow Kratos replaced it with. */
  | { type: 'flow'; flow: AnyFlow }
  /** Login or registration completed (200 without a flow). `session` is absent when no session hook ran. */
  | { type: 'success'; session: Session | undefined; identity: Identity | undefined; continueWith: ContinueWith[]; body: Record<string, unknown> }
  /** 400 `session_already_available`: someone is signed in; never a flow. */
  | { type: 'already_signed_in' }
  /** Read this other flow instead (410 with `use_flow_id`, recovery retries with `show_recovery_ui`). */
  | { type: 'use_flow'; id: string; reason: string | undefined }
  /** Start a new flow; `returnTo` is what the dead flow carried (410 of a GET), `text` Kratos's reason (CSRF). */
  | { type: 'restart'; reason: RestartReason; returnTo: string | undefined; text?: string | undefined }
  /** The browser must go somewhere (422 `browser_location_change_required`). */
  | { type: 'location'; url: string }
  /** Not signed in (401) or signed in too weakly (403 `session_aal2_required`, `session_refresh_required`). */
  | { type: 'login_required'; aal?: 'aal2'; refresh?: true; to?: string | undefined }
  | { type: 'error'; error: OrySessionError }

export function readFlowAnswer(answer: KratosAnswer): FlowAnswer {
  const { status, json } = answer
  if (answer.text !== undefined || json === undefined || typeof json !== 'object' || json === null) {
    return { type: 'error', error: unexpectedAnswer(answer) }
  }
  const body = json as KratosErrorBody & Record<string, unknown>
  // Check for `error` before "400 carries the next flow": with use_continue_with_transitions on, a
  // recovery retry is a 400 *error* (no id) that names the next flow in continue_with.
  if (body.error !== undefined) return readError(answer, body)
  if (isFlow(json)) {
    if (status === 200 || status === 400) return { type: 'flow', flow: json }
    return { type: 'error', error: unexpectedAnswer(answer) }
  }
  if (status === 200 && ('session' in body || 'identity' in body)) {
    return {
      type: 'success',
      session: (body.session ?? undefined) as Session | undefined,
      identity: (body.identity ?? (body.session as Session | undefined)?.identity ?? undefined) as Identity | undefined,
      continueWith: Array.isArray(body.continue_with) ? (body.continue_with as ContinueWith[]) : [],
      // The whole answer: an API flow's carries the session token (token mode stores it, cookie mode refuses it).
      body,
    }
  }
  return {
    type: 'error',
    error: new OrySessionError('invalid_response', `Kratos answered ${status} with JSON that is neither a flow nor a result.`, { status }),
  }
}

function readError(answer: KratosAnswer, body: KratosErrorBody & Record<string, unknown>): FlowAnswer {
  const { status } = answer
  const id = body.error?.id
  const details = body.error?.details ?? {}
  const nextFlow = useFlowId(body) ?? recoveryFlowId(details)
  if (id === 'session_already_available') return { type: 'already_signed_in' }
  if (nextFlow) return { type: 'use_flow', id: nextFlow, reason: body.error?.reason }
  if (status === 401) return { type: 'login_required' }
  if (id === 'session_aal2_required') return { type: 'login_required', aal: 'aal2' }
  // A browser settings submit: Kratos paused the change (its continuity cookie) and names the login
  // whose return_to, its own settings endpoint, applies the change after the re-authentication.
  if (id === 'session_refresh_required') return { type: 'login_required', refresh: true, to: body.redirect_browser_to }
  if (id === 'security_csrf_violation' || id === 'security_identity_mismatch') return { type: 'restart', reason: 'csrf', returnTo: undefined, text: body.error?.reason }
  if (status === 404) return { type: 'restart', reason: 'not_found', returnTo: undefined }
  if (status === 410) {
    // A GET of an expired flow: login and registration say self_service_flow_expired, settings,
    // recovery and verification say nothing at all (v1.3.1). Both carry the flow's return_to.
    const returnTo = typeof details.return_to === 'string' && details.return_to !== '' ? details.return_to : undefined
    return { type: 'restart', reason: 'expired', returnTo }
  }
  const location = body.redirect_browser_to ?? details.redirect_browser_to
  if (status === 422 && typeof location === 'string') return { type: 'location', url: location }
  if (id === 'self_service_flow_return_to_forbidden') {
    return { type: 'error', error: new OrySessionError('config', `Kratos refused return_to: add it to selfservice.allowed_return_urls (${body.error?.reason ?? id}).`, { status, errorId: id, body }) }
  }
  return { type: 'error', error: unexpectedAnswer(answer, body) }
}

function isFlow(json: object): json is AnyFlow {
  const { id, ui } = json as { id?: unknown; ui?: { nodes?: unknown } }
  return typeof id === 'string' && typeof ui === 'object' && ui !== null && Array.isArray(ui.nodes)
}

function useFlowId(body: Record<string, unknown>): string | undefined {
  const details = (body.error as { details?: Record<string, unknown> } | undefined)?.details
  const id = details?.use_flow_id ?? body.use_flow_id
  return typeof id === 'string' && id !== '' ? id : undefined
}

function recoveryFlowId(details: Record<string, unknown>): string | undefined {
  const items = Array.isArray(details.continue_with) ? (details.continue_with as ContinueWith[]) : []
  for (const item of items) {
    if (item.action === 'show_recovery_ui' && typeof item.flow?.id === 'string') return item.flow.id
  }
  return undefined
}
