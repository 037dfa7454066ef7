import type { UiNode } from '@ory/client'
import type { AnyFlow, FlowKind } from './flowKinds.js'
import type { FlowValues } from './flowBody.js'
import { credentialJson, creationOptions, requestOptions } from './webauthnJson.js'

type Json = Record<string, unknown>

function hiddenValue(nodes: readonly UiNode[], name: string): string | undefined {
  for (const { attributes } of nodes) {
    if (attributes.node_type === 'input' && attributes.name === name && typeof attributes.value === 'string' && attributes.value) return attributes.value
  }
  return undefined
}

/** `true` when the flow offers a passkey step the hook's `passkey()` can run. */
export function offersPasskey(flow: AnyFlow | undefined): boolean {
  if (!flow) return false
  return hiddenValue(flow.ui.nodes, 'passkey_challenge') !== undefined || hiddenValue(flow.ui.nodes, 'passkey_create_data') !== undefined
}

/**
 * Runs the WebAuthn ceremony a flow's passkey nodes describe (Kratos v1.3.1 `passkey` method) and
 * returns the values to submit, or `undefined` when the flow has no passkey step.
 * - login: `passkey_challenge` = `{publicKey}` → `navigator.credentials.get` → `passkey_login`;
 * - registration: `passkey_create_data` = `{credentialOptions:{publicKey}, displayNameFieldName}`
 *   → `create`, named after that trait → `passkey_register`;
 * - settings: `passkey_create_data` = `{publicKey}` (or the registration shape) → `passkey_settings_register`.
 * Rejects with the browser's DOMException when the person cancels or the authenticator refuses.
 */
export async function passkeyValues(kind: FlowKind, flow: AnyFlow, typed: FlowValues): Promise<FlowValues | undefined> {
  const { nodes } = flow.ui
  const challenge = hiddenValue(nodes, 'passkey_challenge')
  if (kind === 'login' && challenge) {
    const { publicKey } = JSON.parse(challenge) as { publicKey: Json }
    const credential = await navigator.credentials.get({ publicKey: requestOptions(publicKey) })
    return { method: 'passkey', passkey_login: credentialJson(credential as PublicKeyCredential) }
  }
  const createData = hiddenValue(nodes, 'passkey_create_data')
  if (!createData || (kind !== 'registration' && kind !== 'settings')) return undefined
  const parsed = JSON.parse(createData) as { credentialOptions?: { publicKey: Json }; publicKey?: Json; displayNameFieldName?: string }
  const publicKey = parsed.credentialOptions?.publicKey ?? parsed.publicKey ?? {}
  const nameField = parsed.displayNameFieldName
  const userName = nameField ? String(typed[nameField] ?? hiddenValue(nodes, nameField) ?? '') : undefined
  const credential = await navigator.credentials.create({ publicKey: creationOptions(publicKey, userName) })
  const field = kind === 'registration' ? 'passkey_register' : 'passkey_settings_register'
  return { method: 'passkey', [field]: credentialJson(credential as PublicKeyCredential) }
}
