import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Overlay } from '../profileConfig'
import { extraPort } from '../slot'

/**
 * A stand-in for api.pwnedpasswords.com on this machine (a third party, not Kratos): its range API,
 * `GET /range/<first 5 hex of SHA-1>` → `<other 35 hex>:<count>` lines, for the passwords a case
 * names as leaked. Kratos v1.3.1 always asks `https://<haveibeenpwned_host>/range/…`, so the
 * server speaks TLS with a certificate made for it, which Kratos trusts through SSL_CERT_FILE.
 */
export interface PwnedPasswords {
  /** Password config that sends Kratos's lookups here (network errors not ignored). */
  readonly overlay: Overlay
  /** The hash prefixes Kratos asked for, in order. */
  readonly asked: readonly string[]
  close(): Promise<void>
}

/**
 * Starts the stand-in on the slot's extra port `index` and points `SSL_CERT_FILE` at its
 * certificate, for the Kratos that the next `kratos.configure(…)` starts (Kratos makes no other
 * https call in these profiles). `leaked`: password → how often it leaked.
 */
export async function startPwnedPasswords(leaked: Record<string, number>, index = 1): Promise<PwnedPasswords> {
  const port = extraPort(index)
  const dir = mkdtempSync(join(tmpdir(), 'pwned-passwords-'))
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' })
  const hashes = Object.entries(leaked).map(([password, count]) => [createHash('sha1').update(password).digest('hex').toUpperCase(), count] as const)
  const asked: string[] = []
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    const prefix = /^\/range\/([0-9A-F]{5})$/i.exec(request.url ?? '')?.[1]?.toUpperCase()
    if (request.method !== 'GET' || !prefix) return void response.writeHead(404).end()
    asked.push(prefix)
    const lines = hashes.filter(([hash]) => hash.startsWith(prefix)).map(([hash, count]) => `${hash.slice(5)}:${count}`)
    response.writeHead(200, { 'Content-Type': 'text/plain' }).end(lines.join('\r\n'))
  })
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve))
  process.env.SSL_CERT_FILE = cert
  return {
    overlay: { selfservice: { methods: { password: { config: { haveibeenpwned_enabled: true, haveibeenpwned_host: `localhost:${port}`, ignore_network_errors: false } } } } },
    asked,
    close: () => {
      delete process.env.SSL_CERT_FILE
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
