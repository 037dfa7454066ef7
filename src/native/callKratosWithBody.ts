import type { FrontendApi } from '@ory/client'
import { callKratos, type KratosEndpoint } from '../kratos/callKratos.js'
import type { KratosListAnswer } from '../kratos/kratosAnswer.js'
import type { TokenTransport } from '../session/transport.js'

/**
 * One token-mode call with a JSON body, through callKratos (its timeout and errors): the body
 * rides on the transport's `send` for this one request, so cookie mode's callKratos stays as small
 * as it is. The transport adds `Content-Type: application/json`.
 */
export function callKratosWithBody(
  endpoint: KratosEndpoint & { transport: TokenTransport },
  path: string,
  method: 'POST' | 'DELETE',
  body: object,
  viaFrontendApi: (api: FrontendApi, options: { signal: AbortSignal }) => Promise<{ status: number; data?: unknown }>,
): Promise<KratosListAnswer> {
  const { send } = endpoint.transport
  const withBody = { send: (url: URL, init: RequestInit) => send(url, { ...init, body: JSON.stringify(body) }) }
  return callKratos({ ...endpoint, transport: withBody }, { path, method, viaFrontendApi })
}
