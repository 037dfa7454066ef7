// Captures Kratos v1.3.1's native login flow after the provider refused a social sign-in (the
// provider's "[ Cancel ]": access_denied), for useSocialSignIn's unit test: Kratos ends the auth
// session on return_to with no ?code= and puts the refusal on the flow. Found by the port of
// playwright/tests/mobile/app_login.spec.ts.
//   CONFORMANCE_SLOT=<n> npx playwright test -c test/conformance/capture.config.ts capture/socialRefused
// Writes test/fixtures/native/login-api-oidc-refused.json as { request, status, body } (the slot's
// URLs named as test/fixtures/native/capture names them: Kratos 34433, the app 4455).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { hydraStandIn } from '../helpers/oidcProvider'
import { DEMO_URL, KRATOS_PUBLIC_URL } from '../slot'

test.use({ profile: 'playwright' })

const provider = hydraStandIn()
test.beforeAll(() => provider.start())
test.afterAll(() => provider.stop())

test('native social sign-in refused by the provider: the flow read again', async ({ page, kratos }) => {
  await kratos.configure(provider.overlay())
  const returnTo = `${DEMO_URL}/mobile/Callback`
  const json = { Accept: 'application/json' }
  const init = await fetch(`${KRATOS_PUBLIC_URL}/self-service/login/api?return_session_token_exchange_code=true&return_to=${encodeURIComponent(returnTo)}`, { headers: json })
  const flow = (await init.json()) as { id: string }
  const submitted = await fetch(`${KRATOS_PUBLIC_URL}/self-service/login?flow=${flow.id}`, { method: 'POST', headers: { ...json, 'Content-Type': 'application/json' }, body: JSON.stringify({ method: 'oidc', provider: 'hydra' }) })
  expect(submitted.status).toBe(422)
  const { redirect_browser_to } = (await submitted.json()) as { redirect_browser_to: string }
  await page.goto(redirect_browser_to)
  await page.getByRole('link', { name: '[ Cancel ]' }).click()
  await expect(page).toHaveURL(returnTo)
  const again = await fetch(`${KRATOS_PUBLIC_URL}/self-service/login/flows?id=${flow.id}`, { headers: json })
  const text = (await again.text()).replaceAll(KRATOS_PUBLIC_URL, 'http://localhost:34433').replaceAll(DEMO_URL, 'http://localhost:4455')
  const out = join(process.cwd(), 'test/fixtures/native/login-api-oidc-refused.json')
  writeFileSync(out, `${JSON.stringify({ request: { method: 'GET', path: '/self-service/login/flows', headers: ['accept'] }, status: again.status, body: JSON.parse(text) }, null, 2)}\n`)
})
