import { callKratos, type KratosEndpoint } from '../kratos/callKratos.js'
import { unexpectedAnswer } from './interpretWhoami.js'

/**
 * Runs Kratos's browser logout flow as JSON: create the flow, then complete it with its token.
 * A 401 when creating it means nobody is signed in any more, which is what logout wants anyway.
 */
export async function endKratosSession(endpoint: KratosEndpoint): Promise<void> {
  const flow = await callKratos(endpoint, {
    path: 'self-service/logout/browser',
    viaFrontendApi: (api, options) => api.createBrowserLogoutFlow({}, options),
  })
  if (flow.status === 401) return
  const token = readToken(flow.json)
  if (flow.status !== 200 || !token) throw unexpectedAnswer(flow)
  const done = await callKratos(endpoint, {
    path: `self-service/logout?token=${encodeURIComponent(token)}`,
    viaFrontendApi: (api, options) => api.updateLogoutFlow({ token }, options),
  })
  if (done.status >= 400) throw unexpectedAnswer(done)
}

function readToken(json: unknown): string | undefined {
  const token = (json as { logout_token?: unknown } | null | undefined)?.logout_token
  return typeof token === 'string' && token !== '' ? token : undefined
}
