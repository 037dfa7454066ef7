import type { FrontendApi } from '@ory/client'
import type { KratosCall } from '../kratos/callKratos.js'
import type { FlowKind, FlowStartParams } from './flowKinds.js'

// The one place that knows which Kratos endpoints a flow uses: browser flows (cookies + CSRF token,
// Accept: application/json) in cookie mode, API flows (`/self-service/<kind>/api`; the token
// transport adds X-Session-Token and never a cookie) in token mode. Reading and submitting are the
// same requests in both modes. Where a token-mode answer goes is src/native/followTokenFlow.ts.

type Body = Record<string, unknown>
// @ory/client's per-kind method names (createBrowserLoginFlow, getLoginFlow, updateLoginFlow with
// its updateLoginFlowBody); the bodies are checked by Kratos, not by these casts.
const apiName = (verb: 'createBrowser' | 'get' | 'update', kind: FlowKind) => `${verb}${kind[0]!.toUpperCase()}${kind.slice(1)}Flow`

type LooseApi = Record<string, (request: Body, options: { signal: AbortSignal }) => ReturnType<FrontendApi['toSession']>>

/**
 * `GET /self-service/<kind>/browser`: starts a flow (and sets the CSRF cookie); with `api` (token
 * mode) `GET /self-service/<kind>/api`, which sets no cookie and wants no CSRF token. (Token mode
 * never has a FrontendApi, so `viaFrontendApi` stays the browser one.)
 */
export function startFlowCall(kind: FlowKind, params: FlowStartParams, api?: boolean): KratosCall {
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
  return { path: `self-service/${kind}/${api ? 'api' : 'browser'}${search}`, viaFrontendApi: (api, options) => loose(api)[apiName('createBrowser', kind)]!(request, options) }
}

/** `GET /self-service/<kind>/flows?id=`: reads a flow the URL names. */
export function getFlowCall(kind: FlowKind, id: string): KratosCall {
  return {
    path: `self-service/${kind}/flows?id=${encodeURIComponent(id)}`,
    viaFrontendApi: (api, options) => loose(api)[apiName('get', kind)]!({ id }, options),
  }
}

/**
 * `POST /self-service/<kind>?flow=`, as JSON. The path is built from the flow's id, not from
 * `ui.action`: after a settings save `ui.action` names another flow (Kratos v1.3.1).
 */
export function submitFlowCall(kind: FlowKind, id: string, body: Body): KratosCall {
  const update = apiName('update', kind)
  return {
    path: `self-service/${kind}?flow=${encodeURIComponent(id)}`,
    method: 'POST',
    body,
    viaFrontendApi: (api, options) => loose(api)[update]!({ flow: id, [`${update}Body`]: body }, options),
  }
}

function loose(api: FrontendApi): LooseApi {
  return api as unknown as LooseApi
}
