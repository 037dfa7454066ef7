// Port of Kratos v1.3.1 test/e2e/playwright/tests/mobile/app_recovery.spec.ts: account recovery by
// code on the mobile test app (token mode: Kratos's API recovery flow; the right code signs in and
// opens the settings flow Kratos prepared). Config: Ory's Playwright base config plus the spec's
// overlay (schema `email`, use_continue_with_transitions) and recovery on, as their
// setup/default_config.ts has it (kratos.base-config.json leaves it out).
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { ensureKratosE2eDir } from '../../../kratosModule'
import { createIdentity } from '../../../helpers/api'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { mails } from '../../../helpers/mail'
import { openScreen } from '../../../helpers/mobile'

test.use({ profile: 'playwright' })

function overlay(methods: Record<string, unknown> = {}) {
  return {
    identity: { default_schema_id: 'email', schemas: [{ id: 'email', url: `file://${join(ensureKratosE2eDir(), 'profiles/email/identity.traits.schema.json')}` }] },
    feature_flags: { use_continue_with_transitions: true },
    selfservice: { flows: { recovery: { enabled: true } }, methods },
  }
}

/** Ory's `identity` fixture: a new identity (schema `email`) with a password, made by the admin API. */
async function newIdentity(kratos: ConformanceKratos): Promise<string> {
  const email = gen.email()
  await createIdentity(kratos, { email, password: gen.password() })
  return email
}

/** The recovery screen, the address, send: Kratos says a code went out (1060003). */
async function askForCode(page: Page, email: string) {
  await openScreen(page, 'Recovery')
  await input(page, 'email').fill(email)
  await submit(page, 'code').click()
  await expectMessage(page, 1060003)
}

/** The one code e-mailed to `to` (Ory's `search` expects exactly one mail). */
async function onlyCode(kratos: ConformanceKratos, to: string): Promise<string> {
  await expect.poll(async () => (await mails(kratos, to)).length).toBe(1)
  const [mail] = await mails(kratos, to)
  const code = mail?.body.match(/(\d{6})/)?.[1]
  expect(code).toBeDefined()
  return code as string
}

async function sendCode(page: Page, code: string) {
  await input(page, 'code').fill(code)
  await submit(page, 'code').click()
}

test.describe('Recovery', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(overlay()))

  test('succeeds with a valid email address', async ({ page, kratos }) => {
    const email = await newIdentity(kratos)
    await askForCode(page, email)
    const code = await onlyCode(kratos, email)
    await test.step('enter wrong code', async () => {
      await sendCode(page, `0${code}`)
      await expectMessage(page, 4060006)
    })
    await test.step('enter correct code', async () => {
      await sendCode(page, code)
      await expect(page).toHaveURL(/\/Settings/)
      await expectMessage(page, 1060001)
    })
  })

  test('wrong email address does not get sent', async ({ page, kratos }) => {
    const email = await newIdentity(kratos)
    await askForCode(page, `wrong-${email}`)
    expect(await mails(kratos, email)).toHaveLength(0)
  })

  // fixme (not the SDK, not the app): Kratos v1.3.1 ends a recovery flow after the 5th wrong code.
  // The 6th answer (this API flow, use_continue_with_transitions on) is a 400 "The request was
  // submitted too often. Please request another code." with continue_with show_recovery_ui naming a
  // new flow, which the SDK follows (its message 4000001 on screen, the code box gone), as Kratos's
  // own cypress recovery/code/errors "should invalidate flow if wrong code is submitted too often"
  // expects. Ory's 10 × 4060006 (and 4060006 for the right code) hold in their React Native app
  // because its handleFormSubmitError (src/helpers/form.tsx) answers a 400 `{error}` with a flash
  // message and keeps the previous flow, 4060006 and all, on screen. Kept as written, not bent.
  test.fixme('fails with an invalid code', async ({ page, kratos }) => {
    const email = await newIdentity(kratos)
    await askForCode(page, email)
    const code = await onlyCode(kratos, email)
    await test.step('enter wrong repeatedly', async () => {
      for (let i = 0; i < 10; i++) {
        await sendCode(page, `0${code}`)
        await expectMessage(page, 4060006)
      }
    })
    await test.step('enter correct code fails', async () => {
      await sendCode(page, code)
      await expectMessage(page, 4060006)
    })
  })

  test.describe('with short code expiration', () => {
    test.beforeEach(async ({ kratos }) => kratos.configure(overlay({ code: { config: { lifespan: '1ms' } } })))

    test('fails with an expired code', async ({ page, kratos }) => {
      const email = await newIdentity(kratos)
      await askForCode(page, email)
      const code = await onlyCode(kratos, email)
      await sendCode(page, code)
      await expect(input(page, 'email')).toBeVisible()
    })
  })
})
