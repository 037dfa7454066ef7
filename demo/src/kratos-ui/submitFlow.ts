import type { UiContainer } from '@ory/client'
import { goTo, kratosFetch } from './kratosFetch'
import { restartFlow, type FlowKind } from './useFlow'

/** The parts of a login, registration or settings flow the pages use. */
export interface AnyFlow {
  id: string
  ui: UiContainer
  return_to?: string
  state?: unknown
}

/**
 * Turns a submitted form into the JSON Kratos expects ("traits.email" → { traits: { email } }),
 * with the clicked button's name and value, which say which method is submitted.
 */
export function formToJson(form: HTMLFormElement, submitter: HTMLButtonElement | null): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  const set = (path: string, value: unknown) => {
    const keys = path.split('.')
    let target = json
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    target[keys.at(-1)!] = value
  }
  for (const [name, value] of new FormData(form)) set(name, value)
  if (submitter?.name) set(submitter.name, JSON.parse(submitter.value))
  return json
}

/**
 * Submits a flow and does what Kratos's answer asks: show the returned flow (validation
 * messages, settings saved), go back where the user came from, or start over.
 */
export async function submitFlow(kind: FlowKind, flow: AnyFlow, json: Record<string, unknown>, show: (flow: AnyFlow) => void) {
  const { status, body } = await kratosFetch(flow.ui.action, { method: flow.ui.method, json })
  const id: string | undefined = body?.error?.id
  const back = flow.return_to ?? window.location.origin + '/'
  if (status === 200 && kind === 'settings') return show(body as AnyFlow)
  if (status === 200) return goTo(back)
  // A password login for an identity with a second factor: the browser must go to the aal2 step.
  if (status === 422 && body?.redirect_browser_to) return goTo(body.redirect_browser_to)
  if (status === 400 && body?.ui) return show(body as AnyFlow)
  if (id === 'session_already_available') return goTo(back)
  if (id === 'session_refresh_required') {
    // Kratos's redirect_browser_to returns to its own settings endpoint: come back to this page instead.
    return restartFlow('login', { refresh: 'true', return_to: window.location.origin + '/settings' })
  }
  if (status === 410 && body?.use_flow_id) return goTo(`${window.location.pathname}?flow=${body.use_flow_id}`)
  // Expired flow, CSRF cookie gone, or no session any more: a fresh flow.
  return restartFlow(kind)
}
