// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/settings/success.spec.ts, react
// variant (profile `spa`): linking and unlinking providers in settings, with and without a
// re-authentication.
import type { Page } from '@playwright/test'
import { ensureKratosE2eDir } from '../../../kratosModule'
import type { Overlay } from '../../../profileConfig'
import { OIDC_CLIENTS, OIDC_ISSUER } from '../../../oidc/clients'
import { expect, test, type ConformanceKratos } from '../../../oidc/fixtures'
import { expectMessage, gen, input, settingsSaved, submit } from '../../../helpers/browser'
import { logout } from '../../../helpers/logout'
import { providerConsent, providerLogin, signUpWithProvider, triggerOidc } from '../../../helpers/oidc'
import { expectNoSession, expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

const website = 'https://www.ory.sh/'

// Ory's useConfig(builder => builder.longRecoveryLifespan().longVerificationLifespan().longPrivilegedSessionTime()).
const long = { selfservice: { flows: { recovery: { lifespan: '1h' }, verification: { lifespan: '1m' }, settings: { privileged_session_max_age: '5m' } } } }
// Ory's cy.shortPrivilegedSessionTime(): every settings change asks for a new sign-in.
const shortPrivileged = { selfservice: { flows: { settings: { privileged_session_max_age: '1ms' } } } }

/** A provider's button on the page (`link`, `unlink` or `provider`, value its id). */
const providerButton = (page: Page, id: string) => page.locator(`[value="${id}"]`)

async function expectButton(page: Page, id: string, name: 'link' | 'unlink', text: string) {
  await expect(providerButton(page, id)).toHaveAttribute('name', name)
  await expect(providerButton(page, id)).toContainText(text)
}

/** Sets a password on the settings page (Ory's `input[name=password]` + `button[value=password]`). */
async function setPassword(page: Page) {
  await input(page, 'password', 'password').fill(gen.password())
  await submit(page, 'password').click()
}

/**
 * Ory changes the config under a running Kratos (it reloads the file); here Kratos restarts, so
 * the page must have its flow before Kratos goes away (else its fetch fails): waits for the
 * button of `provider`, then restarts with `overlays`.
 */
async function restartWhenReady(page: Page, kratos: ConformanceKratos, provider: string, ...overlays: Overlay[]) {
  await expect(providerButton(page, provider)).toBeVisible()
  await kratos.configure(...overlays)
}

test.describe('oidc profile: social sign-in settings successes', () => {
  let email: string

  /**
   * The spec's `hydraReauthFails`: with a fresh browser, signing in with hydra (unlinked) is a
   * sign-up whose e-mail is taken, so Kratos offers to link it by signing in another way (1010016).
   */
  async function hydraReauthFails(page: Page, kratos: ConformanceKratos) {
    await page.context().clearCookies()
    await page.goto('/login')
    await triggerOidc(page, 'hydra')
    await providerLogin(page, { email })
    // The consent for hydra was remembered: the provider skips it, without the website claim.
    await input(page, 'traits.website').fill(website)
    await triggerOidc(page, 'hydra')
    await expectMessage(page, 1010016, 'as another way to sign in.')
    await expectNoSession(page, kratos)
  }

  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(long)
    email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await page.goto('/settings')
  })

  test('shows the right options', async ({ page }) => {
    await expect(providerButton(page, 'hydra')).toHaveCount(0)
    await expectButton(page, 'google', 'link', 'Link google')
    await expectButton(page, 'github', 'link', 'Link github')
  })

  test('offers to unlink once a password is set', async ({ page }) => {
    await expect(providerButton(page, 'hydra')).toHaveCount(0)
    await setPassword(page)
    await expectButton(page, 'hydra', 'unlink', 'Unlink Ory')
  })

  test('links google', async ({ page, kratos }) => {
    await providerButton(page, 'google').click()
    await providerConsent(page, {})

    await page.goto('/settings')
    await expectButton(page, 'google', 'unlink', 'Unlink google')

    await logout(page, kratos)
    await page.goto('/login')
    // Hydra's authorization endpoint is /oauth2/auth; oidc-provider's is /auth.
    const authorization = page.waitForRequest((request) => request.method() === 'GET' && request.url().startsWith(`${OIDC_ISSUER}auth?`))
    await providerButton(page, 'google').click()
    await authorization
    await expectSession(page, kratos)
  })

  test('links google after a re-authentication', async ({ page, kratos }) => {
    test.slow() // Kratos restarts with the changed config (10-15 s each on this machine)
    await restartWhenReady(page, kratos, 'google', long, shortPrivileged)
    await providerButton(page, 'google').click()
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login')

    await restartWhenReady(page, kratos, 'hydra', long)
    await providerButton(page, 'hydra').click()
    // Kratos asks with prompt=login: the provider asks for the sign-in again.
    await providerLogin(page, { email, remember: false })

    // Re-authenticated: now google's authorization (that sign-in was not remembered).
    await providerLogin(page, { email: gen.email(), remember: false })
    await providerConsent(page, { remember: false })

    await expect(settingsSaved(page)).toBeVisible()
    await expectButton(page, 'google', 'unlink', 'Unlink google')

    await page.goto('/settings')
    await expectButton(page, 'google', 'unlink', 'Unlink google')
  })

  test('unlinks hydra, which then no longer signs in', async ({ page, kratos }) => {
    await expect(providerButton(page, 'hydra')).toHaveCount(0)
    await setPassword(page)
    await expect(settingsSaved(page)).toBeVisible()
    await page.goto('/settings')

    await providerButton(page, 'hydra').click()
    // Signing up with hydra again fails on the taken e-mail: only linking would add it back.
    await hydraReauthFails(page, kratos)
  })

  test('unlinks hydra after a re-authentication', async ({ page, kratos }) => {
    test.slow() // Kratos restarts with the changed config (10-15 s each on this machine)
    await expect(providerButton(page, 'hydra')).toHaveCount(0)
    await setPassword(page)
    await expect(settingsSaved(page)).toBeVisible()
    await page.goto('/settings')

    await restartWhenReady(page, kratos, 'hydra', long, shortPrivileged)
    await providerButton(page, 'hydra').click()

    await expect.poll(() => new URL(page.url()).pathname).toBe('/login')
    await restartWhenReady(page, kratos, 'hydra', long)
    await providerButton(page, 'hydra').click()
    // prompt=login: the sign-in again.
    await providerLogin(page, { email, remember: false })
    await expect(settingsSaved(page)).toBeVisible()

    await hydraReauthFails(page, kratos)
  })

  test('offers only the linked providers for a re-authentication', async ({ page, kratos }) => {
    test.slow() // Kratos restarts with the changed config (10-15 s each on this machine)
    await restartWhenReady(page, kratos, 'google', long, shortPrivileged)
    await setPassword(page)
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login')

    await expect(providerButton(page, 'hydra')).toHaveCount(1)
    await expect(providerButton(page, 'google')).toHaveCount(0)
    await expect(providerButton(page, 'github')).toHaveCount(0)
  })

  test('the settings page stays whole when the provider signed up with is removed', async ({ page, kratos }) => {
    test.slow() // Kratos restarts with the changed config (10-15 s each on this machine)
    const expectSettingsOk = async () => {
      await expectButton(page, 'google', 'link', 'Link google')
      await expectButton(page, 'github', 'link', 'Link github')
    }
    await page.goto('/settings')
    await expectSettingsOk()

    await setPassword(page)
    await expect(settingsSaved(page)).toBeVisible()

    // Ory's updateConfigFile: the providers without hydra.
    const e2e = ensureKratosE2eDir()
    const providers = OIDC_CLIENTS.filter(({ id }) => id !== 'hydra').map(({ id, secret }) => ({
      id,
      provider: 'generic',
      client_id: id,
      client_secret: secret,
      issuer_url: OIDC_ISSUER,
      scope: ['offline'],
      mapper_url: `file://${e2e}/profiles/oidc/hydra.jsonnet`,
    }))
    await kratos.configure(long, { selfservice: { methods: { oidc: { config: { providers } } } } })

    await page.goto('/settings')
    await expectSettingsOk()
  })
})
