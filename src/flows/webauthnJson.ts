// WebAuthn speaks ArrayBuffers; Kratos's passkey nodes and bodies speak base64url JSON (the
// format of go-webauthn, and of PublicKeyCredential.toJSON()). These convert between the two
// without relying on parseCreationOptionsFromJSON, which older browsers lack.

type Json = Record<string, unknown>

export function fromBase64Url(value: string): ArrayBuffer {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  return bytes.buffer
}

export function toBase64Url(buffer: ArrayBuffer | ArrayBufferView | null | undefined): string | undefined {
  if (!buffer) return undefined
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodeIds(list: unknown): unknown {
  return Array.isArray(list) ? list.map((item: Json) => ({ ...item, id: fromBase64Url(String(item.id)) })) : list
}

/** Kratos's `publicKey` creation options (JSON) → what `navigator.credentials.create` takes. */
export function creationOptions(publicKey: Json, userName: string | undefined): PublicKeyCredentialCreationOptions {
  const user = publicKey.user as Json
  return {
    ...publicKey,
    challenge: fromBase64Url(String(publicKey.challenge)),
    user: { ...user, id: fromBase64Url(String(user.id)), name: userName || String(user.name ?? ''), displayName: userName || String(user.displayName ?? user.name ?? '') },
    excludeCredentials: decodeIds(publicKey.excludeCredentials),
  } as unknown as PublicKeyCredentialCreationOptions
}

/** Kratos's `publicKey` request options (JSON) → what `navigator.credentials.get` takes. */
export function requestOptions(publicKey: Json): PublicKeyCredentialRequestOptions {
  return {
    ...publicKey,
    challenge: fromBase64Url(String(publicKey.challenge)),
    allowCredentials: decodeIds(publicKey.allowCredentials),
  } as unknown as PublicKeyCredentialRequestOptions
}

/** A credential from `create()` or `get()` as the JSON string Kratos's `passkey_*` fields take. */
export function credentialJson(credential: PublicKeyCredential): string {
  const response = credential.response as AuthenticatorResponse & Partial<AuthenticatorAttestationResponse & AuthenticatorAssertionResponse>
  return JSON.stringify({
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toBase64Url(response.clientDataJSON),
      attestationObject: toBase64Url(response.attestationObject),
      authenticatorData: toBase64Url(response.authenticatorData),
      signature: toBase64Url(response.signature),
      userHandle: toBase64Url(response.userHandle),
    },
  })
}
