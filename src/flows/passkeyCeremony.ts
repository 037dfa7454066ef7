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
 * Runs the WebAuthn ceremony a flow's passkey or security key nodes describe (Kratos v1.3.1
 * `passkey` and `webauthn` methods) and returns the values to submit, or `undefined` when there is none.
 * - security key (`typed` names the pressed trigger, or the flow has no passkey nodes):
 *   `webauthn_login_trigger`'s value `{publicKey}` → `get` → `webauthn_login`;
 *   `webauthn_register_trigger`'s value `{publicKey}` → `create` → `webauthn_register` (with the
 *   typed `webauthn_register_displayname`, which Kratos requires);
 * - login: `passkey_challenge` = `{publicKey}` → `navigator.credentials.get` → `passkey_login`;
 * - registration: `passkey_create_data` = `{credentialOptions:{publicKey}, displayNameFieldName}`
 *   → `create`, named after that trait → `passkey_register`;
 * - settings: `passkey_create_data` = `{publicKey}` (or the registration shape) → `passkey_settings_register`.
 * Rejects with the browser's DOMException when the person cancels or the authenticator refuses.
 * With `signal`, a login's `get` is conditional (the browser offers the passkeys in the identifier
 * field's autofill, Kratos's `oryPasskeyLoginAutocompleteInit`) until the signal aborts it.
 */
export async function passkeyValues(kind: FlowKind, flow: AnyFlow, typed: FlowValues, signal?: AbortSignal): Promise<FlowValues | undefined> {
  const { nodes } = flow.ui
  const challenge = hiddenValue(nodes, 'passkey_challenge')
  const createData = hiddenValue(nodes, 'passkey_create_data')
  // Runs get (or create) with the options in `json` and answers `{method, [field]: credential}`;
  // the method is the field's prefix (`webauthn_login` → `webauthn`).
  const ceremony = async (field: string, json: string, create?: boolean) => {
    const parsed = JSON.parse(json) as { credentialOptions?: { publicKey: Json }; publicKey?: Json; displayNameFieldName?: string }
    const publicKey = parsed.credentialOptions?.publicKey ?? parsed.publicKey ?? {}
    const nameField = parsed.displayNameFieldName
    const { credentials } = navigator
    const credential = await (create
      ? credentials.create({ publicKey: creationOptions(publicKey, nameField ? String(typed[nameField] ?? hiddenValue(nodes, nameField) ?? '') : undefined) })
      : credentials.get({ publicKey: requestOptions(publicKey), ...(signal && { mediation: 'conditional', signal }) }))
    return { method: field.split('_')[0], [field]: credentialJson(credential as PublicKeyCredential) }
  }
  // A security key (the webauthn method) when its trigger was pressed, or when the flow offers no
  // passkey. The trigger's value holds the options Kratos's webauthn.js hands to the browser.
  const key = (name: string) => (name in typed || !(challenge || createData)) && hiddenValue(nodes, name)
  let json = key('webauthn_login_trigger')
  if (json) return ceremony('webauthn_login', json)
  if ((json = key('webauthn_register_trigger'))) return ceremony('webauthn_register', json, true)
  if (kind === 'login' && challenge) return ceremony('passkey_login', challenge)
  if (!createData || (kind !== 'registration' && kind !== 'settings')) return undefined
  return ceremony(kind === 'registration' ? 'passkey_register' : 'passkey_settings_register', createData, true)
}
