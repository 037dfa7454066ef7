import { fireEvent, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, useLoginFlow, useSettingsFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, whoamiAnswers } from './flowKratos'

// Kratos never sends a password back (its answers' password nodes have no value), and Ory's own
// apps show that: an empty box. Found by the conformance ports of Kratos's recovery specs
// (profiles/recovery/{code,link}/success: "the password box is empty after the save").

function SettingsPage() {
  return <FlowForm flow={useSettingsFlow()} />
}
function LoginPage() {
  return <FlowForm flow={useLoginFlow()} />
}

const passwordBox = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[name="password"]')!

async function typeAndSend(container: HTMLElement, password: string) {
  await waitFor(() => expect(passwordBox(container)).not.toBeNull())
  fireEvent.change(passwordBox(container), { target: { value: password } })
  const button = container.querySelector<HTMLButtonElement>('button[name="method"][value="password"]')!
  // jsdom ignores the button's formnovalidate (browsers honour it): skip the other methods' required boxes.
  button.form!.noValidate = true
  fireEvent.click(button)
}

describe('the password box after Kratos answers', () => {
  beforeEach(() => window.history.replaceState(null, '', '/settings'))

  it('is empty once Settings saved the new password (Kratos 200, 1050001)', async () => {
    expect(captured('settings-password-200-saved').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'password').attributes.value).toBeUndefined()
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const { container, findByText } = renderWithSession(<SettingsPage />)
    await typeAndSend(container, 'a-new-l0ng-password')
    await waitFor(() => expect(posts).toHaveLength(1))
    await findByText('Your changes have been saved!')
    expect(posts[0]).toMatchObject({ method: 'password', password: 'a-new-l0ng-password' })
    expect(passwordBox(container).value).toBe('')
  })

  it('is empty after Kratos refused the password (400, the reason beside the box)', async () => {
    const refused = captured('settings-password-400-invalid').body
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-password-400-invalid')
    const { container, findByText } = renderWithSession(<SettingsPage />)
    await typeAndSend(container, '123')
    const reason = refused.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'password').messages[0].text as string
    await findByText(reason)
    expect(passwordBox(container).value).toBe('')
  })

  it('is empty after a refused sign-in, and the identifier Kratos sent back stays', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    // Kratos echoes the identifier it was sent: type the one its captured answer carries.
    const identifier = captured('login-password-400-invalid-credentials').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'identifier').attributes.value as string
    const { container, findByText } = renderWithSession(<LoginPage />)
    await waitFor(() => expect(container.querySelector('input[name="identifier"]')).not.toBeNull())
    fireEvent.change(container.querySelector('input[name="identifier"]')!, { target: { value: identifier } })
    await typeAndSend(container, 'wrong-password')
    await findByText(captured('login-password-400-invalid-credentials').body.ui.messages[0].text)
    expect(passwordBox(container).value).toBe('')
    expect(container.querySelector<HTMLInputElement>('input[name="identifier"]')!.value).toBe(identifier)
  })
})
