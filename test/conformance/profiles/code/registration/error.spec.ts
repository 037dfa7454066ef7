// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/code/registration/error.spec.ts,
// react variant (profile `code`): what Kratos says when a one-time code sign-up goes wrong.
import type { Page, Route } from '@playwright/test'
import type { UiNode } from '@ory/client'
import { expect, test } from '../../../fixtures'
import { expectMessage, gen, input, removeAttribute, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectNoSession } from '../../../helpers/session'

test.use({ profile: 'code' })

const sendCode = (page: Page) => submit(page, 'code').click()

/** Types the e-mail, ticks the terms and asks for a code (Ory's first step of each case). */
async function askForCode(page: Page, email: string) {
  await input(page, 'traits.email', 'code').fill(email)
  await input(page, 'traits.tos', 'code').check()
  await sendCode(page)
  await expectMessage(page, 1040005, 'An email containing a code has been sent to the email address you provided')
}

/** Rewrites the JSON body of the next registration POSTs (the traits are hidden fields by now). */
async function rewriteRegistration(page: Page, change: (body: Record<string, unknown>) => Record<string, unknown>) {
  await page.route('**/self-service/registration?flow=*', async (route: Route) => {
    const request = route.request()
    if (request.method() !== 'POST') return route.continue()
    await route.continue({ postData: JSON.stringify(change(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>)) })
  })
}

/** The SDK may send traits flat (`traits.email`) or nested (`traits: { email }`): change either. */
function withEmail(body: Record<string, unknown>, email: string | undefined): Record<string, unknown> {
  const next: Record<string, unknown> = { ...body }
  if (typeof next.traits === 'object' && next.traits !== null) {
    const traits: Record<string, unknown> = { ...(next.traits as Record<string, unknown>) }
    if (email === undefined) delete traits.email
    else traits.email = email
    next.traits = traits
  }
  if ('traits.email' in next || next.traits === undefined) {
    if (email === undefined) delete next['traits.email']
    else next['traits.email'] = email
  }
  return next
}

test.describe('code profile: registration errors', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.goto('/registration')
    await expect(input(page, 'traits.email', 'code')).toBeVisible()
  })

  test('shows an error when the code is invalid', async ({ page }) => {
    await askForCode(page, gen.email())
    await input(page, 'code', 'code').fill('123456')
    await sendCode(page)
    await expectMessage(page, 4040003, 'The registration code is invalid or has already been used. Please try again.')
  })

  test('shows an error when the traits have changed', async ({ page }) => {
    await askForCode(page, gen.email())
    await rewriteRegistration(page, (body) => withEmail(body, 'changed-email@email.com'))
    await input(page, 'code', 'code').fill('123456')
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/self-service/registration'))
    await sendCode(page)
    await sent
    await expectMessage(page, 4000036, 'The provided traits do not match the traits previously associated with this flow.')
  })

  test('shows an error when required fields are missing', async ({ page }) => {
    await askForCode(page, gen.email())
    await removeAttribute(page, 'code', ['code'])
    await sendCode(page)
    await expectMessage(page, 4000002, 'Property code is missing')
    await rewriteRegistration(page, (body) => withEmail(body, undefined))
    await input(page, 'code', 'code').fill('123456')
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/self-service/registration'))
    await sendCode(page)
    // Ory reads Kratos's answer itself: the e-mail node says the e-mail is missing.
    const body = (await (await answered).json()) as { ui: { nodes: UiNode[] } }
    const field = body.ui.nodes.find((node) => 'name' in node.attributes && node.attributes.name === 'traits.email')
    expect(field?.messages[0]?.text).toContain('email is missing')
  })

  test('shows the form again when the code has expired', async ({ page, kratos }) => {
    await kratos.configure({ selfservice: { methods: { code: { config: { lifespan: '1ns' } } } } })
    await page.goto('/registration')
    const email = gen.email()
    await askForCode(page, email)
    const { code } = await latestMail(kratos, email, { template: 'registration_code_valid' })
    await input(page, 'code', 'code').fill(code as string)
    await sendCode(page)
    // Like Ory's React app, the SDK starts a new flow on Kratos's 410: the e-mail is asked again.
    await expect(input(page, 'traits.email', 'code')).toBeVisible()
    await expect(input(page, 'code', 'code')).toHaveCount(0)
    await expectNoSession(page, kratos)
  })
})
