import { expect, test } from '@playwright/test'
import { KRATOS, register } from './flows'

test('e-mail verification by code, the code read from the demo\'s Mailbox page', async ({ page, context }) => {
  const email = await register(page)
  await page.goto('/verification')
  await expect(page.getByTestId('flow-title')).toHaveText('Verify your e-mail address')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="email"]').fill(email)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(form.locator('input[name="code"]')).toBeVisible()

  // The Mailbox (development only) lists what Kratos queued, newest first.
  const mailbox = await context.newPage()
  await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`)
  await expect(mailbox.getByTestId('mailbox-message')).toHaveCount(2) // registration's, and this flow's
  const code = await mailbox.getByTestId('mailbox-code').first().innerText()
  await mailbox.close()

  await form.locator('input[name="code"]').fill(code)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByTestId('verified')).toHaveText('Your e-mail address is verified.')
  const whoami = await page.evaluate(async (kratos) => (await fetch(`${kratos}/sessions/whoami`, { credentials: 'include' })).json(), KRATOS)
  expect(whoami.identity.verifiable_addresses[0]).toMatchObject({ value: email, verified: true, status: 'completed' })
})
