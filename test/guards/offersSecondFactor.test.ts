import type { UiNode } from '@ory/client'
import { describe, expect, it } from 'vitest'
import { offersSecondFactor } from '../../src'
import { aal2Flows } from '../fixtures/aal2'

// Node shapes Kratos v1.3.1 writes for methods the capture config does not enable (WebAuthn,
// code as MFA), built from its source (selfservice/strategy/webauthn/login.go, code/strategy.go).
const csrfOnly = aal2Flows.passwordOnly.ui.nodes
const webauthnScript = { type: 'script', group: 'webauthn', attributes: { node_type: 'script', id: 'webauthn_script' }, messages: [], meta: {} } as unknown as UiNode
const webauthnTrigger = { type: 'input', group: 'webauthn', attributes: { node_type: 'input', name: 'webauthn_login_trigger', type: 'button' }, messages: [], meta: {} } as unknown as UiNode
const codeAddress = { type: 'input', group: 'code', attributes: { node_type: 'input', name: 'address', type: 'submit', value: 'a@example.com' }, messages: [], meta: {} } as unknown as UiNode
const passkey = { type: 'input', group: 'passkey', attributes: { node_type: 'input', name: 'passkey_login', type: 'hidden' }, messages: [], meta: {} } as unknown as UiNode

describe('offersSecondFactor (Kratos v1.3.1 aal2 login flows)', () => {
  it('is false for the dead end: an identity without a second factor gets only csrf_token (and message 1010004)', () => {
    expect(aal2Flows.passwordOnly.ui.nodes.map((node) => node.group)).toEqual(['default'])
    expect(aal2Flows.passwordOnly.ui.messages?.[0]?.id).toBe(1010004)
    expect(offersSecondFactor(aal2Flows.passwordOnly)).toBe(false)
  })

  it('is true for TOTP and for lookup codes alone, although the flows carry the same message 1010004', () => {
    expect(aal2Flows.totp.ui.messages?.[0]?.id).toBe(1010004)
    expect(offersSecondFactor(aal2Flows.totp)).toBe(true)
    expect(offersSecondFactor(aal2Flows.lookupOnly)).toBe(true)
  })

  it('counts WebAuthn and code-as-MFA nodes, but not a WebAuthn script alone nor passkey nodes (no aal2 passkeys in v1.3.1)', () => {
    expect(offersSecondFactor({ ui: { nodes: [...csrfOnly, webauthnScript, webauthnTrigger] } })).toBe(true)
    expect(offersSecondFactor({ ui: { nodes: [...csrfOnly, codeAddress] } })).toBe(true)
    expect(offersSecondFactor({ ui: { nodes: [...csrfOnly, webauthnScript] } })).toBe(false)
    expect(offersSecondFactor({ ui: { nodes: [...csrfOnly, passkey] } })).toBe(false)
    expect(offersSecondFactor({ ui: { nodes: [] } })).toBe(false)
  })
})
