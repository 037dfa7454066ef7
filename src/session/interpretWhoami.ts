import type { Session } from '@ory/client'
import { OrySessionError, type KratosErrorBody } from '../kratos/errors.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'

/**
 * What whoami said, reduced to the three answers that mean something about the user. Everything
 * else is thrown as an {@link OrySessionError}: it says nothing about whether anyone is signed in.
 */
export type SessionAnswer =
  | { readonly kind: 'session'; readonly session: Session }
  | { readonly kind: 'signed_out' }
  | { readonly kind: 'aal2_required'; readonly body: KratosErrorBody }

/** The answer for "nobody is signed in"; shared so that logout can write it into the cache. */
export const SIGNED_OUT: SessionAnswer = Object.freeze({ kind: 'signed_out' })

/** Maps a whoami answer to a {@link SessionAnswer}, the way Kratos documents it (see KRATOS.md). */
export function interpretWhoami(answer: KratosAnswer): SessionAnswer {
  const { status, json } = answer
  // 401 means "no valid session", with or without an error.id: decide on the status alone.
  if (status === 401) return SIGNED_OUT
  if (status === 200 && answer.text === undefined) {
    const problem = whyNotASession(json)
    if (problem) {
      throw new OrySessionError('invalid_response', `whoami answered 200 with JSON that is not a session (${problem}).`, { status })
    }
    // Kratos can answer 200 for a session it no longer considers active: that is nobody signed in.
    return (json as Session).active === false ? SIGNED_OUT : { kind: 'session', session: json as Session }
  }
  const body = asErrorBody(json)
  if (status === 403 && body?.error?.id === 'session_aal2_required') return { kind: 'aal2_required', body }
  throw unexpectedAnswer(answer, body)
}

/** Builds the error for an answer that is neither a session nor a known "who are you" answer. */
export function unexpectedAnswer(answer: KratosAnswer, body = asErrorBody(answer.json)): OrySessionError {
  const { status, text } = answer
  const errorId = body?.error?.id
  if (status === 429) {
    return new OrySessionError('rate_limited', 'Kratos is rate-limiting requests (429); retrying later.', {
      status,
      body,
      errorId,
      retryAfterMs: parseRetryAfter(answer.retryAfter),
    })
  }
  if (text !== undefined) {
    return new OrySessionError(
      'invalid_response',
      `Kratos answered ${status} with ${/^\s*</.test(text) ? 'HTML' : 'a body that is not JSON'}` +
        (process.env.NODE_ENV !== 'production' ? ': is baseUrl the Kratos public URL (not the app, not the admin API)?' : '.'),
      { status },
    )
  }
  const reason = body?.error?.reason ?? body?.error?.message ?? 'no error body'
  return new OrySessionError('http', `Kratos answered ${status}${errorId ? ` ${errorId}` : ''}: ${reason}`, { status, body, errorId })
}

// What whoami's JSON must look like to be trusted as a session; `null` counts as absent. A JSON
// array is a `list` here, never an `object`.
const FIELD_TYPES: Record<string, string> = {
  active: 'boolean',
  identity: 'object',
  devices: 'list',
  authenticator_assurance_level: 'string',
  authenticated_at: 'string',
  expires_at: 'string',
  issued_at: 'string',
}

function whyNotASession(json: unknown): string | undefined {
  if (!isRecord(json)) return json === undefined ? 'empty body' : 'not an object'
  if (typeof json.id !== 'string' || json.id === '') return 'missing id'
  for (const field in FIELD_TYPES) {
    const value = json[field]
    if (value != null && (Array.isArray(value) ? 'list' : typeof value) !== FIELD_TYPES[field]) return `\`${field}\` is not a ${FIELD_TYPES[field]}`
  }
  return undefined
}

function asErrorBody(json: unknown): KratosErrorBody | undefined {
  if (!isRecord(json)) return undefined
  return isRecord(json.error) || typeof json.redirect_browser_to === 'string' ? (json as KratosErrorBody) : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const seconds = Number(header || Number.NaN)
  const wait = Number.isNaN(seconds) ? Date.parse(header ?? '') - now : seconds * 1000
  return Number.isNaN(wait) ? undefined : Math.max(0, wait)
}
