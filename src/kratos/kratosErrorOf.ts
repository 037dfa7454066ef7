import type { KratosErrorBody } from './errors.js'
import { OrySessionError } from './errors.js'

/** A Kratos error answer: its HTTP status and JSON body. */
export interface KratosErrorAnswer {
  status: number
  body: KratosErrorBody | undefined
}

/**
 * Finds Kratos's status and error body in whatever an API call threw:
 * - an {@link OrySessionError} (this SDK),
 * - an axios / @ory/client error (`error.response.status`, `error.response.data`),
 * - an ofetch-style error or a plain object (`error.status` with `error.data` or `error.body`).
 *
 * A bare fetch `Response` is not read (its body can only be read once, asynchronously): throw the
 * parsed body instead, e.g. `throw { status: res.status, body: await res.json() }`.
 */
export function kratosErrorOf(thrown: unknown): KratosErrorAnswer | undefined {
  if (thrown instanceof OrySessionError) return thrown.status === undefined ? undefined : { status: thrown.status, body: thrown.body }
  if (typeof thrown !== 'object' || thrown === null) return undefined
  const { response } = thrown as { response?: { status?: unknown; data?: unknown } }
  if (typeof response?.status === 'number') {
    return { status: response.status, body: asErrorBody(response.data) }
  }
  const plain = thrown as { status?: unknown; data?: unknown; body?: unknown }
  if (typeof plain.status === 'number') return { status: plain.status, body: asErrorBody(plain.data ?? plain.body) }
  return undefined
}

function asErrorBody(value: unknown): KratosErrorBody | undefined {
  return typeof value === 'object' && value !== null ? (value as KratosErrorBody) : undefined
}
