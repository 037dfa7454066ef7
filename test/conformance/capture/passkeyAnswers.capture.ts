// Captures two Kratos v1.3.1 answers of the `passkey` profile that test/fixtures/flows/captured/
// (a node HTTP client, no authenticator, two-step registration) cannot produce, for the hooks' unit
// tests: one-step registration with passkeys (the traits repeated in the password, code… and
// passkey groups), and Settings after a passkey sign-up (Kratos disables the last passkey's Remove).
//   CONFORMANCE_SLOT=<n> npx playwright test -c test/conformance/capture.config.ts
// Writes test/fixtures/flows/hook-capture/<name>.json as { request, status, body }, the body as
// Kratos sent it with the slot's URLs named as that folder's other captures name them.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { input } from '../helpers/browser'
import { expectSession } from '../helpers/session'
import { addVirtualAuthenticator } from '../helpers/webauthn'
import { DEMO_URL, KRATOS_PUBLIC_URL } from '../slot'

test.use({ profile: 'passkey' })

const OUT = join(process.cwd(), 'test/fixtures/flows/hook-capture')

/** Saves the answer to the next GET whose URL matches `path` while `action` runs. */
async function saveAnswer(page: Page, name: string, path: RegExp, action: () => Promise<unknown>) {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'GET' && path.test(r.url()) && r.status() === 200), action()])
  const body = (await response.text()).replaceAll(KRATOS_PUBLIC_URL, 'http://localhost:24433').replaceAll(DEMO_URL, 'http://localhost:25173')
  const request = `GET ${new URL(response.url()).pathname}`
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ request, status: response.status(), body: JSON.parse(body) }, null, 2)}\n`)
}

test('one-step registration with passkeys, then Settings with the only passkey', async ({ page, kratos }) => {
  await kratos.configure()
  await addVirtualAuthenticator(page)
  await saveAnswer(page, 'registration-one-step-passkey-init-200', /\/self-service\/registration\/(browser|flows)/, () => page.goto('/registration'))
  await input(page, 'traits.email', 'passkey').fill('kim@example.com')
  await input(page, 'traits.website', 'passkey').fill('https://www.ory.sh')
  await page.locator('[name="passkey_register_trigger"]').click()
  await expectSession(page, kratos, { methods: ['passkey'] })
  await saveAnswer(page, 'settings-only-passkey-200', /\/self-service\/settings\/(browser|flows)/, () => page.goto('/settings'))
  await expect(page.locator('[name="passkey_remove"]')).toBeVisible()
})
