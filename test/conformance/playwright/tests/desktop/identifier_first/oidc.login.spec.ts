// Port of Kratos v1.3.1 test/e2e/playwright/tests/desktop/identifier_first/oidc.login.spec.ts:
// social sign-in on identifier-first login (on the first screen, and on the second after the
// identifier), account enumeration mitigation on and off, and a refresh. The OpenID provider is the
// slot's (../../../../oidc/, Ory runs Hydra and its login and consent app).
// Config: Ory's Playwright base config plus each describe's overlay (their toConfig).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../../oidc/fixtures'
import { OIDC_CLIENT_ENV, OIDC_ISSUER } from '../../../../oidc/clients'
import { ensureKratosE2eDir } from '../../../../kratosModule'
import { expectMessage, gen, input, submit } from '../../../../helpers/browser'
import { triggerOidc } from '../../../../helpers/oidc'
import { expectSession, whoami } from '../../../../helpers/session'
import { playwrightOverlay, WELCOME_URL } from '../../../../helpers/playwrightConfig'
import { KRATOS_PUBLIC_URL } from '../../../../slot'

test.use({ profile: 'playwright' })

/**
 * The provider as Ory's Playwright runs configure it (setup/default_config.ts: the client id and
 * secret of run.sh's `hydra` client; the base-config.json file says `client_id`): the slot's
 * provider knows that client. Kratos replaces lists whole, so the one provider is written out.
 */
const hydraClient = {
  methods: {
    oidc: {
      enabled: true,
      config: {
        providers: [
          {
            id: 'hydra',
            label: 'Ory',
            provider: 'generic',
            client_id: OIDC_CLIENT_ENV.OIDC_HYDRA_CLIENT_ID,
            client_secret: OIDC_CLIENT_ENV.OIDC_HYDRA_CLIENT_SECRET,
            issuer_url: OIDC_ISSUER,
            scope: ['offline'],
            mapper_url: `file://${ensureKratosE2eDir()}/profiles/oidc/hydra.jsonnet`,
          },
        ],
      },
    },
  },
}

/** Each describe's overlay: the password method on, and the hydra client above. */
const overlay = (mitigateEnumeration: boolean) => playwrightOverlay({ mitigateEnumeration, selfservice: { methods: { password: { enabled: true }, ...hydraClient.methods } } })

/**
 * Ory's `loginHydra`: a new username (e-mail) at the provider's sign-in, accepted without "remember",
 * then the consent with `offline` and `openid` ticked and a website typed.
 */
async function signInAtProvider(page: Page) {
  await page.locator('input[name=username]').fill(gen.email())
  await page.locator('button[name=action][value=accept]').click()
  await page.locator('#offline').check()
  await page.locator('#openid').check()
  await page.locator('input[name=website]').fill('https://www.example.org/')
  await page.locator('button[name=action][value=accept]').click()
}

/**
 * Ory's `registerWithHydra`: signs up from /registration through the provider (sign-in remembered),
 * lands on /welcome, then drops the cookies of Kratos's host (every `localhost` port shares them,
 * the provider's too, as Hydra on localhost:4444 does in Ory's run) and is signed out.
 */
async function registerWithProvider(page: Page, kratos: ConformanceKratos) {
  await page.goto('/registration')
  await triggerOidc(page)
  const email = gen.email()
  await page.locator('input[name=username]').fill(email)
  await page.locator('#remember').check()
  await page.locator('button[name=action][value=accept]').click()
  await page.locator('#offline').check()
  await page.locator('#openid').check()
  await page.locator('input[name=website]').fill('https://www.example.org/')
  await page.locator('button[name=action][value=accept]').click()
  await page.waitForURL(WELCOME_URL)
  await page.context().clearCookies({ domain: new URL(KRATOS_PUBLIC_URL).hostname })
  expect(await whoami(page, kratos)).toBeUndefined()
  return email
}

async function expectActiveSession(page: Page, kratos: ConformanceKratos) {
  await page.waitForURL(WELCOME_URL)
  const session = await expectSession(page, kratos)
  expect(session.active).toBe(true)
  return session
}

for (const mitigateEnumeration of [true, false]) {
  test.describe(`account enumeration protection ${mitigateEnumeration ? 'on' : 'off'}`, () => {
    test.beforeEach(async ({ kratos }) => kratos.configure(overlay(mitigateEnumeration)))

    test('login', async ({ page, kratos }) => {
      await page.goto('/login')
      await triggerOidc(page)
      await signInAtProvider(page)
      await expectActiveSession(page, kratos)
    })

    test('oidc sign in on second step', async ({ page, kratos }) => {
      const email = await registerWithProvider(page, kratos)
      await page.goto('/login')
      await input(page, 'identifier').first().fill(email)
      await submit(page, 'identifier_first').click()

      // Mitigated, the second screen offers a password to everyone (this identity has none);
      // else only what the identity has.
      const password = page.locator('button[name="method"][value="password"]')
      if (mitigateEnumeration) await expect(password).toBeVisible()
      else {
        await expect(page.locator('button[name="provider"][value="hydra"]')).toBeVisible()
        await expect(password).toBeHidden()
      }

      await triggerOidc(page)
      await signInAtProvider(page)
      await expectActiveSession(page, kratos)
    })
  })
}

// Ory's spec runs this case outside the describes, on its default config: the unified login style.
test.describe('refresh', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ style: 'unified', selfservice: hydraClient })))

  test('login with refresh', async ({ page, kratos }) => {
    await registerWithProvider(page, kratos)

    await page.goto('/login')
    await triggerOidc(page)
    await signInAtProvider(page)
    const initial = await expectActiveSession(page, kratos)

    // Ory waits a second: a refresh's new authenticated_at must differ from the first.
    await page.waitForTimeout(1000)
    await page.goto('/login?refresh=true')
    await expectMessage(page, 1010003)
    await triggerOidc(page)
    await signInAtProvider(page)
    await page.waitForURL(WELCOME_URL)
    const refreshed = await expectSession(page, kratos)
    expect(refreshed.authenticated_at).not.toBe(initial.authenticated_at)
  })
})
