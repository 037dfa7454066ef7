#!/usr/bin/env node
// Captures the Kratos answers the second-factor check is tested with (test/fixtures/aal2/), from a
// real Kratos started here on ports 14433/14434 (so it never meets the demo's or the e2e's Kratos
// on 4433/4434) with demo/kratos/kratos.yml, the ports and origins changed, and an in-memory
// database. Node's fetch with a small cookie jar plays the browser; every request sends
// `Accept: application/json`, as the SDK and SPAs do.
//   node scripts/capture-aal2-flows.mjs            writes test/fixtures/aal2/*.json
// Pass 1 runs with the demo's `session.whoami.required_aal: highest_available`; pass 2 with
// `aal1` (SESSION_WHOAMI_REQUIRED_AAL), where whoami answers 200 aal1 for an identity that has TOTP.
import { spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureKratosBinary, isListening, kratosVersion } from './kratos.mjs'

const KRATOS = 'http://localhost:14433'
const OUT = fileURLToPath(new URL('../test/fixtures/aal2/', import.meta.url))
const DEMO_KRATOS = fileURLToPath(new URL('../demo/kratos/', import.meta.url))
const PASSWORD = 'a-Very-l0ng-passw0rd-for-kratos'

/** The demo's config with every port moved: Kratos 4433/4434 → 14433/14434, SPA 5173/4173 → 15173/14173. */
function captureConfigDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kratos-capture-'))
  const config = readFileSync(join(DEMO_KRATOS, 'kratos.yml'), 'utf8').replace(/localhost:(4433|4434|5173|4173)\b/g, 'localhost:1$1')
  writeFileSync(join(dir, 'kratos.yml'), config)
  copyFileSync(join(DEMO_KRATOS, 'identity.schema.json'), join(dir, 'identity.schema.json'))
  return dir
}

export async function startKratos(extraEnv) {
  for (const port of [14433, 14434]) if (await isListening(port)) throw new Error(`port ${port} is in use`)
  const binary = await ensureKratosBinary()
  const dir = captureConfigDir()
  const env = { ...process.env, SERVE_PUBLIC_PORT: '14433', SERVE_ADMIN_PORT: '14434', ...extraEnv }
  const child = spawn(binary, ['serve', '-c', 'kratos.yml', '--dev'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  child.stderr.on('data', (chunk) => (log += chunk))
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`Kratos exited:\n${log}`)
    if (await fetch(`${KRATOS}/health/ready`).then((r) => r.ok, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return async () => {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A browser's cookie jar, enough for one host: name → value, Max-Age=0 / expired deletes. */
export function browser() {
  const jar = new Map()
  return {
    jar,
    async call(pathOrUrl, { method = 'GET', json } = {}) {
      const url = pathOrUrl.startsWith('http') ? pathOrUrl : KRATOS + pathOrUrl
      const headers = { Accept: 'application/json' }
      if (jar.size) headers.Cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
      if (json !== undefined) headers['Content-Type'] = 'application/json'
      const response = await fetch(url, { method, headers, redirect: 'manual', body: json === undefined ? undefined : JSON.stringify(json) })
      for (const cookie of response.headers.getSetCookie()) {
        const [pair, ...attributes] = cookie.split(';')
        const name = pair.slice(0, pair.indexOf('='))
        const value = pair.slice(pair.indexOf('=') + 1)
        const gone = attributes.some((a) => /^\s*max-age=(0|-)/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()))
        if (gone) jar.delete(name)
        else jar.set(name, value)
      }
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : undefined, setCookies: response.headers.getSetCookie().map((c) => c.split('=')[0]) }
    },
  }
}

const csrf = (flow) => flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token').attributes.value

function save(name, answer, note) {
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify({ _capture: note, status: answer.status, body: answer.body }, null, 2) + '\n')
  console.log(`  ${name}.json: ${answer.status}`)
}

function expectStatus(answer, status, what) {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`)
  return answer
}

export async function register(b, email) {
  const flow = expectStatus(await b.call('/self-service/registration/browser'), 200, 'registration init').body
  const body = { method: 'password', csrf_token: csrf(flow), traits: { email }, password: PASSWORD }
  return expectStatus(await b.call(flow.ui.action, { method: 'POST', json: body }), 200, 'registration')
}

async function passwordLogin(b, email) {
  const flow = expectStatus(await b.call('/self-service/login/browser'), 200, 'login init').body
  return b.call(flow.ui.action, { method: 'POST', json: { method: 'password', csrf_token: csrf(flow), identifier: email, password: PASSWORD } })
}

async function logout(b) {
  const { logout_url } = expectStatus(await b.call('/self-service/logout/browser'), 200, 'logout init').body
  expectStatus(await b.call(logout_url), 204, 'logout')
}

async function enrolTotp(b) {
  const flow = expectStatus(await b.call('/self-service/settings/browser'), 200, 'settings init').body
  const secret = flow.ui.nodes.find((n) => n.attributes.id === 'totp_secret_key').attributes.text.text
  const body = { method: 'totp', csrf_token: csrf(flow), totp_code: totpCode(secret) }
  return { secret, answer: expectStatus(await b.call(flow.ui.action, { method: 'POST', json: body }), 200, 'totp enrolment') }
}

async function enrolLookupSecrets(b) {
  const flow = expectStatus(await b.call('/self-service/settings/browser'), 200, 'settings init').body
  const shown = await b.call(flow.ui.action, { method: 'POST', json: { method: 'lookup_secret', csrf_token: csrf(flow), lookup_secret_regenerate: true } })
  expectStatus(shown, 200, 'lookup regenerate')
  const confirm = { method: 'lookup_secret', csrf_token: csrf(shown.body), lookup_secret_confirm: true }
  return expectStatus(await b.call(shown.body.ui.action, { method: 'POST', json: confirm }), 200, 'lookup confirm')
}

// RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as test/e2e/totp.ts.
function totpCode(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const char of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0')
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)))
  const hmac = createHmac('sha1', key).update(counter).digest()
  const offset = hmac[hmac.length - 1] & 0xf
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

const email = (who) => `${who}-${Date.now()}@example.com`
const AAL2_INIT = '/self-service/login/browser?aal=aal2'

async function highestAvailablePass() {
  console.log('pass 1: session.whoami.required_aal = highest_available (the demo config)')
  // A person with a password only.
  const plain = browser()
  await register(plain, email('password-only'))
  save('whoami-aal1-password-only', expectStatus(await plain.call('/sessions/whoami'), 200, 'whoami'), 'GET /sessions/whoami after password registration (no second factor)')
  save('login-aal2-password-only', await plain.call(AAL2_INIT), `GET ${AAL2_INIT} for that aal1 session: the dead end`)

  // The same person enrols TOTP in settings: Kratos upgrades the current session to aal2.
  const { answer: enrolled } = await enrolTotp(plain)
  save('settings-totp-enrolled', enrolled, 'POST /self-service/settings?flow=<id> {method:"totp", totp_code} for that session: success')
  save('whoami-aal2-after-totp-enrolment', await plain.call('/sessions/whoami'), 'GET /sessions/whoami right after the TOTP enrolment: same session, now aal2')
  save('login-aal2-already-aal2', await plain.call(AAL2_INIT), `GET ${AAL2_INIT} with that aal2 session`)

  // A person with TOTP signs in with the password only.
  const totp = browser()
  const totpEmail = email('totp')
  await register(totp, totpEmail)
  await enrolTotp(totp)
  await logout(totp)
  save('login-password-totp-422', await passwordLogin(totp, totpEmail), 'POST /self-service/login?flow=<id> {method:"password"} for an identity with TOTP')
  save('whoami-403-totp-aal1', await totp.call('/sessions/whoami'), 'GET /sessions/whoami for that aal1 session')
  save('login-aal2-totp', await totp.call(AAL2_INIT), `GET ${AAL2_INIT} for that aal1 session`)

  // A person with lookup codes only.
  const lookup = browser()
  const lookupEmail = email('lookup')
  await register(lookup, lookupEmail)
  save('settings-lookup-confirmed', await enrolLookupSecrets(lookup), 'POST /self-service/settings?flow=<id> {method:"lookup_secret", lookup_secret_confirm:true}: success')
  save('whoami-after-lookup-confirmed', await lookup.call('/sessions/whoami'), 'GET /sessions/whoami right after confirming lookup codes')
  await logout(lookup)
  expectStatus(await passwordLogin(lookup, lookupEmail), 422, 'lookup password login')
  save('login-aal2-lookup-only', await lookup.call(AAL2_INIT), `GET ${AAL2_INIT} for the aal1 session of an identity with lookup codes only`)

  // Nobody signed in.
  save('login-aal2-signed-out', await browser().call(AAL2_INIT), `GET ${AAL2_INIT} with no session cookie`)
  return totpEmail
}

async function aal1WhoamiPass() {
  console.log('pass 2: session.whoami.required_aal = aal1 (SESSION_WHOAMI_REQUIRED_AAL=aal1)')
  const totp = browser()
  const totpEmail = email('totp')
  await register(totp, totpEmail)
  await enrolTotp(totp)
  await logout(totp)
  save('whoami-aal1-config-login-password-totp', await passwordLogin(totp, totpEmail), 'POST /self-service/login?flow=<id> {method:"password"} for an identity with TOTP (whoami required_aal aal1)')
  save('whoami-aal1-config-totp', await totp.call('/sessions/whoami'), 'GET /sessions/whoami for that aal1 session (whoami required_aal aal1)')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Kratos ${kratosVersion()} on ${KRATOS}`)
  for (const [pass, env] of [[highestAvailablePass, {}], [aal1WhoamiPass, { SESSION_WHOAMI_REQUIRED_AAL: 'aal1' }]]) {
    const stop = await startKratos(env)
    try {
      await pass()
    } finally {
      await stop()
    }
  }
}
