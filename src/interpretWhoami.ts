import type { Session } from '@ory/client'
import { OrySessionError, type KratosErrorBody } from './errors.js'
import type { KratosAnswer } from './transport.js'

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
  const { status } = answer
  if (status === 200) return readSession(answer)
  // 401 means "no valid session", with or without an error.id: decide on the status alone.
  if (status === 401) return SIGNED_OUT
  const body = asErrorBody(answer.json)
  if (status === 403 && body?.error?.id === 'session_aal2_required') return { kind: 'aal2_required', body }
  throw unexpectedAnswer(answer, body)
}

/** Builds the error for an answer that is neither a session nor a known "who are you" answer. */
export function unexpectedAnswer(answer: KratosAnswer, body = asErrorBody(answer.json)): OrySessionError {
  const { status } = answer
  const details = {
    status,
    ...(body ? { body } : {}),
    ...(body?.error?.id ? { errorId: body.error.id } : {}),
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter)
    return new OrySessionError('rate_limited', 'Kratos is rate-limiting requests (429); retrying later.', {
      ...details,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    })
  }
  if (answer.text !== undefined) return htmlAnswer(status, answer.text)
  const reason = body?.error?.reason ?? body?.error?.message ?? 'no error body'
  return new OrySessionError('http', `Kratos answered ${status}${body?.error?.id ? ` ${body.error.id}` : ''}: ${reason}`, details)
}

function readSession(answer: KratosAnswer): SessionAnswer {
  if (answer.text !== undefined) throw htmlAnswer(200, answer.text)
  const problem = whyNotASession(answer.json)
  if (problem) {
    throw new OrySessionError('invalid_response', `whoami answered 200 with JSON that is not a session (${problem}).`, {
      status: 200,
    })
  }
  const session = answer.json as Session
  // Kratos can answer 200 for a session it no longer considers active: that is nobody signed in.
  return session.active === false ? SIGNED_OUT : { kind: 'session', session }
}

function htmlAnswer(status: number, text: string): OrySessionError {
  const looksHtml = /^\s*</.test(text)
  return new OrySessionError(
    'invalid_response',
    `whoami answered ${status} with ${looksHtml ? 'HTML' : 'a body that is not JSON'}: ` +
      'is baseUrl the Kratos public URL (not the app, not the admin API)?',
    { status },
  )
}

const OPTIONAL_STRING_FIELDS = ['authenticator_assurance_level', 'authenticated_at', 'expires_at', 'issued_at'] as const

function whyNotASession(json: unknown): string | undefined {
  if (json === undefined) return 'empty body'
  if (!isRecord(json)) return 'not an object'
  if (typeof json.id !== 'string' || json.id === '') return 'missing id'
  if (json.active !== undefined && typeof json.active !== 'boolean') return '`active` is not a boolean'
  if (json.identity !== undefined && json.identity !== null && !isRecord(json.identity)) return '`identity` is not an object'
  if (json.devices !== undefined && json.devices !== null && !Array.isArray(json.devices)) return '`devices` is not a list'
  const wrong = OPTIONAL_STRING_FIELDS.find((field) => json[field] !== undefined && typeof json[field] !== 'string')
  return wrong ? `\`${wrong}\` is not a string` : undefined
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
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
