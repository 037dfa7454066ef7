import type { UiNode } from '@ory/client'
import type { AnyFlow, FlowKind } from './flowKinds.js'

/** What a page submits: field names as Kratos names them (`traits.email`, `password`, `method`). */
export type FlowValues = Record<string, unknown>

// Hidden nodes that only feed a script and are not fields of any submission.
const SCRIPT_ONLY = new Set(['passkey_create_data', 'passkey_challenge', 'webauthn_register_trigger', 'webauthn_login_trigger'])
// Settings buttons whose method Kratos does not name in a node (v1.3.1 strategies).
const SETTINGS_METHOD_OF_FIELD: Record<string, string> = {
  totp_unlink: 'totp',
  lookup_secret_reveal: 'lookup_secret',
  lookup_secret_regenerate: 'lookup_secret',
  lookup_secret_confirm: 'lookup_secret',
  lookup_secret_disable: 'lookup_secret',
  webauthn_remove: 'webauthn',
  passkey_remove: 'passkey',
  passkey_settings_register: 'passkey',
  link: 'oidc',
  unlink: 'oidc',
}

/**
 * Builds the JSON body Kratos expects, the way a native form POST would: the flow's hidden inputs
 * (CSRF token, traits kept from the profile step, `method` in a code step) plus `values`, with
 * empty strings dropped and dotted names (`traits.email`) nested, as Kratos's JSON decoder wants.
 * Encodes v1.3.1's quirks: a recovery code is used only when `email` is empty (a non-empty `email`
 * means "send another code"), and settings buttons such as `totp_unlink` carry no `method`.
 */
export function flowBody(kind: FlowKind, flow: AnyFlow, values: FlowValues, group?: string): Record<string, unknown> {
  const flat: FlowValues = {}
  for (const node of flow.ui.nodes) {
    const { attributes } = node
    if (attributes.node_type !== 'input' || attributes.type !== 'hidden' || SCRIPT_ONLY.has(attributes.name)) continue
    if (attributes.value !== undefined && attributes.value !== null) flat[attributes.name] = attributes.value
  }
  for (const [name, value] of Object.entries(values)) flat[name] = coerce(flow.ui.nodes, name, value)
  // The flow's own token wins over a form's copy, which may be from before a restart.
  const csrf = flow.ui.nodes.find(({ attributes }) => attributes.node_type === 'input' && attributes.name === 'csrf_token')
  if (csrf?.attributes.node_type === 'input' && csrf.attributes.value) flat.csrf_token = csrf.attributes.value
  for (const name of SCRIPT_ONLY) delete flat[name]
  if (kind === 'recovery' && isFilled(flat.code)) delete flat.email
  if (flat.method === undefined || flat.method === '') {
    const inferred = Object.keys(flat).filter((name) => isFilled(flat[name])).map((name) => SETTINGS_METHOD_OF_FIELD[name]).find(Boolean)
    // Not for registration's "Back" (\`screen\`): Kratos reads method=profile as "next step" first.
    if (group && group !== 'default' && !flat.screen) flat.method = group
    else if (kind === 'settings' && inferred) flat.method = inferred
  }
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(flat)) {
    if (value === '' || value === undefined) continue
    setPath(body, name.split('.'), value)
  }
  return body
}

// A checkbox arrives from FormData as "true"; Kratos's schema wants a boolean (and a number a number).
function coerce(nodes: readonly UiNode[], name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value
  const node = nodes.find((candidate) => candidate.attributes.node_type === 'input' && candidate.attributes.name === name)
  const attributes = node?.attributes.node_type === 'input' ? node.attributes : undefined
  const type = attributes?.type
  // A boolean goes back as Kratos typed it: after "send code" the hidden `traits.tos` is `true`, and
  // the DOM's "true" would fail the schema (4000026) on a node nobody sees.
  if (typeof attributes?.value === 'boolean' && String(attributes.value) === value) return attributes.value
  if (type === 'checkbox') return value === 'true' || value === 'on'
  // Settings' lookup_secret_* and totp_unlink buttons carry "true"; Kratos's JSON schema wants a boolean.
  if (type === 'submit' && (value === 'true' || value === 'false')) return value === 'true'
  if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return value
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path as [string, ...string[]]
  if (rest.length === 0) {
    target[head] = value
    return
  }
  const child = target[head]
  const next = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {}
  target[head] = next
  setPath(next, rest, value)
}
