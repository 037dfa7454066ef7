#!/usr/bin/env node
// A manual check of the flow hooks in a real browser against a real Kratos v1.3.1 (not part of
// npm test: the Playwright suite covers the demo's pages). Run from the repo root:
//   node test/flows/browser-smoke/run.mjs
// It bundles page.tsx (one page that mounts the hook its path names, inside <StrictMode>), serves
// it on http://localhost:25173, starts the cached Kratos with ../../fixtures/flows/hook-capture's
// config on 24433/24434 (courier to a sink on 24435) and drives Debian's Chromium through
// playwright-core, with a CDP virtual authenticator for passkeys. Prints PASS/FAIL per check.
import { spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const HERE = new URL('.', import.meta.url).pathname
const CAP = join(HERE, '../../fixtures/flows/hook-capture')
const cacheDir = join(homedir(), '.cache/ory-session-react/kratos')
const binary = join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('v1.3.1-')), 'kratos')
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const dir = mkdtempSync(join(tmpdir(), 'flows-smoke-'))
let config = readFileSync(join(CAP, 'kratos.template.yml'), 'utf8').replace('__FLAG__', 'false').replaceAll('__LIFESPAN__', '10m').replace('__PRIVILEGED__', '15m')
writeFileSync(join(dir, 'kratos.yml'), config)
copyFileSync(join(CAP, 'identity.schema.json'), join(dir, 'identity.schema.json'))
const mail = []
const sink = createServer((req, res) => { let d = ''; req.on('data', (c) => (d += c)); req.on('end', () => { try { mail.push(JSON.parse(d)) } catch {} res.end('ok') }) }).listen(24435, 'localhost')
const codeFor = async (to, key, since = 0) => { for (let i = 0; i < 100; i++) { const m = mail.slice(since).reverse().find((x) => x.recipient === to && x.template_data?.[key]); if (m) return m.template_data[key]; await sleep(200) } throw new Error('no code') }
const kratos = spawn(binary, ['serve', '-c', 'kratos.yml', '--dev', '--watch-courier'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
let klog = ''; kratos.stderr.on('data', (c) => (klog += c))
const src = join(HERE, '../../../src')
const bundle = await build({ entryPoints: [join(HERE, 'page.tsx')], bundle: true, alias: { 'ory-session-react/flows': join(src, 'flows/index.ts'), 'ory-session-react': join(src, 'index.ts') }, write: false, format: 'esm', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error' })
const js = bundle.outputFiles[0].contents
const web = createServer((req, res) => {
  if (req.url.startsWith('/page.js')) { res.setHeader('Content-Type', 'text/javascript'); return res.end(js) }
  res.setHeader('Content-Type', 'text/html'); res.end('<!doctype html><div id="root"></div><script type="module" src="/page.js"></script>')
}).listen(25173, 'localhost')
for (let i = 0; i < 100; i++) { try { if ((await fetch('http://localhost:24433/health/ready')).ok) break } catch {} await sleep(200) }
const totp = (secret) => {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = ''
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += a.indexOf(c).toString(2).padStart(5, '0')
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)))
  const ctr = Buffer.alloc(8); ctr.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)))
  const h = createHmac('sha1', key).update(ctr).digest(); const o = h[h.length - 1] & 0xf
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1e6).padStart(6, '0')
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const results = []
const check = (name, ok, detail = '') => { results.push(`${ok ? 'PASS' : 'FAIL'} ${name} ${detail}`) }
try {
  // 1. Password registration (two steps) → signed in, session refetched without reload.
  let ctx = await browser.newContext(); let page = await ctx.newPage()
  page.on('console', (m) => m.type() === 'error' && results.push(`console: ${m.text().slice(0, 200)}`))
  await page.goto('http://localhost:25173/registration')
  await page.waitForSelector('input[name="traits.email"]')
  const initRequests = []
  await page.fill('input[name="traits.email"]', 'pw@example.com')
  await page.click('button[name="method"][value="profile"]')
  await page.waitForSelector('input[name="password"]')
  await page.fill('input[name="password"]', 'a-long-Smoke-passw0rd!')
  await page.click('button[name="method"][value="password"]')
  await page.waitForFunction(() => document.querySelector('#session')?.textContent?.startsWith('authenticated'), null, { timeout: 10000 })
  check('password registration signs in, session refetched', true, await page.textContent('#session') + ' ' + await page.textContent('#status'))
  // 2. Settings: TOTP enrolment → aal2 without reload
  await page.goto('http://localhost:25173/settings')
  await page.waitForSelector('input[name="totp_code"]')
  const flowUrl = page.url()
  const secret = await page.evaluate(() => { const f = (window).flow.flow; return f.ui.nodes.find((n) => n.attributes.id === 'totp_secret_key')?.attributes.text.text })
  await page.fill('input[name="totp_code"]', totp(secret))
  await page.click('button[name="method"][value="totp"]')
  await page.waitForFunction(() => document.querySelector('#session')?.textContent?.includes('aal2'), null, { timeout: 10000 })
  const totpSecret = secret
  check('TOTP enrolment → aal2 without reload, stays on settings', page.url() === flowUrl || page.url().includes('/settings'), `${await page.textContent('#session')} url=${page.url()} saved=${await page.evaluate(() => window.flow.saved)} navigated=${await page.evaluate(() => window.navigated)}`)
  await ctx.close()

  // 2b. Password login of the TOTP identity: 422 → aal2 flow in place → TOTP → aal2.
  ctx = await browser.newContext(); page = await ctx.newPage()
  await page.goto('http://localhost:25173/login')
  await page.waitForSelector('input[name="identifier"]')
  await page.fill('input[name="identifier"]', 'pw@example.com')
  await page.fill('input[name="password"]', 'a-long-Smoke-passw0rd!')
  await page.click('button[name="method"][value="password"]')
  await page.waitForSelector('input[name="totp_code"]', { timeout: 10000 })
  const inPlace = await page.evaluate(() => window.flow.flow.requested_aal)
  await sleep(1000)
  await page.fill('input[name="totp_code"]', totp(totpSecret))
  await page.click('button[name="method"][value="totp"]')
  await page.waitForFunction(() => document.querySelector('#session')?.textContent?.includes('aal2'), null, { timeout: 10000 }).catch(() => {})
  check('password + TOTP login: aal2 step started in place, then aal2', inPlace === 'aal2' && (await page.textContent('#session')).includes('aal2'), `${await page.textContent('#session')} ${await page.textContent('#status')}`)
  // 2c. Verification by code while signed in.
  await page.goto('http://localhost:25173/verification')
  await page.waitForSelector('input[name="email"]')
  await page.fill('input[name="email"]', 'pw@example.com')
  const vSince = mail.length
  await page.click('button[name="method"][value="code"]')
  await page.waitForSelector('input[name="code"]')
  await page.fill('input[name="code"]', await codeFor('pw@example.com', 'verification_code', vSince))
  await page.click('button[name="method"][value="code"]')
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('done'), null, { timeout: 10000 }).catch(() => {})
  check('verification by code → done:verified', (await page.textContent('#status')) === 'done:verified', await page.textContent('#status'))
  await ctx.close()

  // 2d. Recovery by code (flag off): 422 → settings flow, session refetched.
  ctx = await browser.newContext(); page = await ctx.newPage()
  await page.goto('http://localhost:25173/recovery')
  await page.waitForSelector('input[name="email"]')
  await page.fill('input[name="email"]', 'pw@example.com')
  await page.click('button[name="method"][value="code"]')
  await page.waitForSelector('input[name="code"]')
  await page.fill('input[name="code"]', '000000')
  await page.click('button[name="method"][value="code"]')
  await page.waitForFunction(() => window.flow.messages.some((m) => m.id === 4060006) || Object.keys(window.flow.fieldErrors).length > 0, null, { timeout: 10000 }).catch(() => {})
  const wrong = await page.evaluate(() => JSON.stringify([window.flow.status, window.flow.messages.map((m) => m.id), Object.values(window.flow.fieldErrors).flat().map((m) => m.id)]))
  await page.fill('input[name="code"]', await codeFor('pw@example.com', 'recovery_code'))
  await page.click('button[name="method"][value="code"]')
  await page.waitForFunction(() => window.navigated, null, { timeout: 10000 }).catch(() => {})
  check('recovery: wrong code keeps the form, right code → settings, session refetched', String(await page.evaluate(() => window.navigated)).includes('/settings?flow=') && /authenticated|aal2_required/.test(await page.textContent('#session')), `wrong=${wrong} navigated=${await page.evaluate(() => window.navigated)} ${await page.textContent('#session')}`)
  await ctx.close()

  // 3. Passkey registration and login via navigator.credentials (CDP virtual authenticator)
  ctx = await browser.newContext(); page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', { options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true } })
  await page.goto('http://localhost:25173/registration')
  await page.waitForSelector('input[name="traits.email"]')
  await page.fill('input[name="traits.email"]', 'pk@example.com')
  await page.click('button[name="method"][value="profile"]')
  await page.waitForSelector('button[name="passkey_register_trigger"]')
  await page.click('button[name="passkey_register_trigger"]')
  await page.waitForFunction(() => /done|redirecting|error/.test(document.querySelector('#status')?.textContent ?? ''), null, { timeout: 10000 }).catch(() => {})
  check('passkey registration via navigator.credentials.create', (await page.textContent('#status')).startsWith('done:registered'), `${await page.textContent('#status')} ${JSON.stringify(await page.evaluate(() => window.flow.messages))}`)
  await page.goto('http://localhost:25173/login')
  await page.waitForSelector('button[name="passkey_login_trigger"]')
  const creates = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/self-service/login/browser')).length)
  check('StrictMode in a real browser: one login flow created', creates === 1, `creations=${creates}`)
  await page.click('button[name="passkey_login_trigger"]')
  await page.waitForFunction(() => document.querySelector('#session')?.textContent?.includes('passkey'), null, { timeout: 10000 }).catch(() => {})
  check('passkey login via navigator.credentials.get → session refetched', (await page.textContent('#session')).includes('passkey'), `${await page.textContent('#session')} ${await page.textContent('#status')} navigated=${await page.evaluate(() => window.navigated)}`)
  await ctx.close()
} catch (error) {
  results.push(`ERROR ${error.stack?.slice(0, 500)}`)
} finally {
  console.log(results.join('\n'))
  await browser.close()
  web.close()
  sink.close()
  kratos.kill('SIGTERM')
}
