// A software security key (WebAuthn, "none" attestation, ES256) for the capture: Kratos checks real
// signatures over its own challenges, so the webauthn bodies it answers are the ones a browser with
// a key gets. Only what Kratos v1.3.1 (go-webauthn) verifies: rpIdHash, flags, the counter, the
// COSE public key at registration, the ECDSA signature at login.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'

const sha256 = (data) => createHash('sha256').update(data).digest()
const b64url = (buffer) => Buffer.from(buffer).toString('base64url')

// Minimal CBOR (RFC 8949) encoder: unsigned/negative ints, byte and text strings, maps.
function head(major, length) {
  if (length < 24) return Buffer.from([(major << 5) | length])
  if (length < 256) return Buffer.from([(major << 5) | 24, length])
  return Buffer.from([(major << 5) | 25, length >> 8, length & 255])
}
function cbor(value) {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value)
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)])
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value])
  const entries = value instanceof Map ? [...value] : Object.entries(value)
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([key, item]) => [cbor(key), cbor(item)])])
}

export class SoftAuthenticator {
  constructor(origin) {
    this.origin = origin
    this.credentialId = randomBytes(32)
    this.counter = 0
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    this.privateKey = privateKey
    const jwk = publicKey.export({ format: 'jwk' })
    // COSE_Key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
    this.coseKey = cbor(new Map([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x, 'base64url')], [-3, Buffer.from(jwk.y, 'base64url')]]))
  }

  authenticatorData(rpId, flags, attested) {
    const counter = Buffer.alloc(4)
    counter.writeUInt32BE(++this.counter)
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), counter, attested ?? Buffer.alloc(0)])
  }

  clientData(type, challenge) {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }))
  }

  /** What `navigator.credentials.create({publicKey})` + Kratos's webauthn.js would put in `webauthn_register`. */
  create({ publicKey }) {
    const idLength = Buffer.from([this.credentialId.length >> 8, this.credentialId.length & 255])
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, this.coseKey])
    // Flags: user present (0x01) + attested credential data (0x40).
    const authData = this.authenticatorData(publicKey.rp.id, 0x41, attested)
    return JSON.stringify({
      id: b64url(this.credentialId),
      rawId: b64url(this.credentialId),
      type: 'public-key',
      response: {
        attestationObject: b64url(cbor({ fmt: 'none', attStmt: {}, authData })),
        clientDataJSON: b64url(this.clientData('webauthn.create', publicKey.challenge)),
      },
    })
  }

  /** What `navigator.credentials.get({publicKey})` + webauthn.js would put in `webauthn_login`. */
  get({ publicKey }) {
    const authData = this.authenticatorData(publicKey.rpId, 0x01)
    const clientDataJSON = this.clientData('webauthn.get', publicKey.challenge)
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey)
    return JSON.stringify({
      id: b64url(this.credentialId),
      rawId: b64url(this.credentialId),
      type: 'public-key',
      response: { authenticatorData: b64url(authData), clientDataJSON: b64url(clientDataJSON), signature: b64url(signature), userHandle: '' },
    })
  }
}
