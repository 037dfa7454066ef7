import { normalizeError } from './errors.js'
import { unexpectedAnswer } from './interpretWhoami.js'
import type { KratosTransport } from './transport.js'

/**
 * Runs Kratos's browser logout flow as JSON: create the flow, then complete it with its token.
 * A 401 when creating it means nobody is signed in any more, which is what logout wants anyway.
 */
export async function endKratosSession(transport: KratosTransport): Promise<void> {
  const flow = await transport.createLogoutFlow().catch((thrown: unknown) => Promise.reject(normalizeError(thrown)))
  if (flow.status === 401) return
  const token = readToken(flow.json)
  if (flow.status !== 200 || !token) throw unexpectedAnswer(flow)
  const done = await transport.updateLogoutFlow(token).catch((thrown: unknown) => Promise.reject(normalizeError(thrown)))
  if (done.status >= 400) throw unexpectedAnswer(done)
}

function readToken(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const token = (json as { logout_token?: unknown }).logout_token
  return typeof token === 'string' && token !== '' ? token : undefined
}
