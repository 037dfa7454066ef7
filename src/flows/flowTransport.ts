import type { FrontendApi } from '@ory/client'
import type { KratosCall } from '../kratos/callKratos.js'
import type { FlowKind, FlowStartParams } from './flowKinds.js'

// The one place that knows which Kratos endpoints a flow uses. Browser flows (cookies + CSRF token,
// Accept: application/json) are the only mode today; token mode (`/self-service/<kind>/api` with
// X-Session-Token) becomes a `mode` switch here plus the "where does the answer go" switch in
// followAnswer.ts (its `success` case: store `set_ory_session_token` instead of refetching a
// cookie session), and nothing else in src/flows changes.

type Body = Record<string, unknown>
// @ory/client's per-kind method names; the bodies are checked by Kratos, not by these casts.
const API_NAMES = {
  login: ['createBrowserLoginFlow', 'getLoginFlow', 'updateLoginFlow', 'updateLoginFlowBody'],
  registration: ['createBrowserRegistrationFlow', 'getRegistrationFlow', 'updateRegistrationFlow', 'updateRegistrationFlowBody'],
  settings: ['createBrowserSettingsFlow', 'getSettingsFlow', 'updateSettingsFlow', 'updateSettingsFlowBody'],
  recovery: ['createBrowserRecoveryFlow', 'getRecoveryFlow', 'updateRecoveryFlow', 'updateRecoveryFlowBody'],
  verification: ['createBrowserVerificationFlow', 'getVerificationFlow', 'updateVerificationFlow', 'updateVerificationFlowBody'],
} as const

type LooseApi = Record<string, (request: Body, options: { signal: AbortSignal }) => ReturnType<FrontendApi['toSession']>>

/** `GET /self-service/<kind>/browser`: starts a flow (and sets the CSRF cookie). */
export function startFlowCall(kind: FlowKind, params: FlowStartParams): KratosCall {
  const query = new URLSearchParams()
  if (params.returnTo) query.set('return_to', params.returnTo)
  if (kind === 'login' && params.aal) query.set('aal', params.aal)
  if (kind === 'login' && params.refresh) query.set('refresh', 'true')
  const search = query.toString() ? `?${query}` : ''
  const request: Body = {
    ...(params.returnTo ? { returnTo: params.returnTo } : {}),
    ...(kind === 'login' && params.aal ? { aal: params.aal } : {}),
    ...(kind === 'login' && params.refresh ? { refresh: true } : {}),
  }
  return { path: `self-service/${kind}/browser${search}`, viaFrontendApi: (api, options) => loose(api)[API_NAMES[kind][0]]!(request, options) }
}

/** `GET /self-service/<kind>/flows?id=`: reads a flow the URL names. */
export function getFlowCall(kind: FlowKind, id: string): KratosCall {
  return {
    path: `self-service/${kind}/flows?id=${encodeURIComponent(id)}`,
    viaFrontendApi: (api, options) => loose(api)[API_NAMES[kind][1]]!({ id }, options),
  }
}

/**
 * `POST /self-service/<kind>?flow=`, as JSON. The path is built from the flow's id, not from
 * `ui.action`: after a settings save `ui.action` names another flow (Kratos v1.3.1).
 */
export function submitFlowCall(kind: FlowKind, id: string, body: Body): KratosCall {
  const [, , update, bodyName] = API_NAMES[kind]
  return {
    path: `self-service/${kind}?flow=${encodeURIComponent(id)}`,
    method: 'POST',
    body,
    viaFrontendApi: (api, options) => loose(api)[update]!({ flow: id, [bodyName]: body }, options),
  }
}

function loose(api: FrontendApi): LooseApi {
  return api as unknown as LooseApi
}
