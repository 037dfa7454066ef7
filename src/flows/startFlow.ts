import { callKratos, type KratosEndpoint } from '../kratos/callKratos.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'
import type { FlowKind, FlowStartParams } from './flowKinds.js'
import { startFlowCall } from './flowTransport.js'

// Flows being started right now, by Kratos URL, kind and parameters. StrictMode mounts, unmounts
// and mounts again in one commit, and two components may run the same hook: each start while one
// is in flight gets that one's answer. Two starts would set two CSRF cookies, and one flow's token
// would then fail with 403 security_csrf_violation (Kratos v1.3.1, measured).
const starting = new Map<string, Promise<KratosAnswer>>()

/** Starts a browser flow (an API flow in token mode), sharing the request with any identical start still in flight. */
export function startFlow(endpoint: KratosEndpoint, kind: FlowKind, params: FlowStartParams): Promise<KratosAnswer> {
  // Token mode (a transport) starts API flows.
  const api = endpoint.transport !== undefined
  // The engine builds params with its keys in one order, so equal starts give equal keys.
  const key = JSON.stringify([endpoint.baseUrl, api, kind, params])
  const inFlight = starting.get(key)
  if (inFlight) return inFlight
  const request = callKratos(endpoint, startFlowCall(kind, params, api)).finally(() => starting.delete(key))
  starting.set(key, request)
  return request
}
