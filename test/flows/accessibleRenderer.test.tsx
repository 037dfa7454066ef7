import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, formatUiText, Nodes, useFocusOnError, useLoginFlow, useRegistrationFlow, useSettingsFlow, type FlowHook } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, whoamiAnswers } from './flowKratos'

// What a screen reader or keyboard user meets in <FlowForm>'s defaults, on Kratos v1.3.1's answers.

beforeEach(() => window.history.replaceState(null, '', '/'))

function Login() {
  return <FlowForm flow={useLoginFlow()} />
}
function Registration() {
  return <FlowForm flow={useRegistrationFlow()} />
}
function Settings() {
  return <FlowForm flow={useSettingsFlow()} />
}

/** An app's own layout: a messages region and one form per method, with `<Nodes>` (as the demo lays out its pages). */
function OwnForms({ flow, methods }: { flow: FlowHook<unknown>; methods: string[] }) {
  const area = useFocusOnError<HTMLDivElement>(flow)
  if (flow.status !== 'ready' && flow.status !== 'submitting') return null
  return (
    <div ref={area}>
      <p role="status" tabIndex={-1}>{flow.messages.map((message) => formatUiText(message)).join(' ')}</p>
      {methods.map((group) => (
        <form key={group} {...flow.getFormProps()}>
          <Nodes flow={flow} groups={['default', group]} />
        </form>
      ))}
    </div>
  )
}

/** Every visible input and button, with the name assistive technology gives it. */
function namesIn(container: HTMLElement) {
  const inputs = [...container.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')]
  for (const input of inputs) expect(input.labels?.[0]?.textContent, input.name).toBeTruthy()
  return [...container.querySelectorAll('button')].map((button) => button.textContent)
}

describe('<FlowForm> is accessible by default', () => {
  it('a field error: aria-invalid on its input, aria-describedby names the message, and the focus goes there after the submit', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-password-400-invalid')
    const { container } = renderWithSession(<Registration />)
    fireEvent.change(await screen.findByLabelText('E-Mail'), { target: { value: 'alice@example.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    const password = await screen.findByLabelText('Password')
    expect(password.getAttribute('aria-invalid')).toBeNull()
    fireEvent.change(password, { target: { value: 'abc' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))

    const error = captured('registration-password-400-invalid').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'password').messages[0].text
    await waitFor(() => expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true'))
    const invalid = screen.getByLabelText('Password')
    const described = invalid.getAttribute('aria-describedby')
    expect(described).toBeTruthy()
    expect(document.getElementById(described!)?.textContent).toBe(error)
    expect(document.activeElement).toBe(invalid)
    expect(namesIn(container)).toEqual(['Sign up with passkey', 'Send sign up code', 'Sign up', 'Back'])
  })

  it('a flow error (wrong password): one live region announces it, no alert per paragraph, and the focus moves to it', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    const { container } = renderWithSession(<Login />)
    fireEvent.change(await screen.findByLabelText('E-Mail'), { target: { value: 'alice@example.com' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong-password' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with password' }))

    const text = captured('login-password-400-invalid-credentials').body.ui.messages[0].text
    await screen.findByText(text)
    const region = screen.getByRole('status')
    expect(region.textContent).toBe(text)
    expect(screen.queryAllByRole('alert')).toHaveLength(0)
    await waitFor(() => expect(document.activeElement).toBe(region))
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0)
    // The passkey trigger says what it does.
    expect(namesIn(container)).toContain('Sign in with passkey')
  })

  it('TOTP: the QR code\'s text alternative carries the secret; "Add passkey" says what it does', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const { container } = renderWithSession(<Settings />)
    const secret = captured('settings-init-200').body.ui.nodes.find((node: { attributes: { id?: string } }) => node.attributes.id === 'totp_secret_key').attributes.text.context.secret
    const qr = await screen.findByRole('img')
    expect(qr.getAttribute('alt')).toContain('Authenticator app QR code')
    expect(qr.getAttribute('alt')).toContain(secret)
    expect(namesIn(container)).toContain('Add passkey')
  })

  it('lookup codes: a list a screen reader reads code by code, named by Kratos\'s label', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-lookup-secret-200-regenerated')
    renderWithSession(<Settings />)
    const generate = await screen.findByRole('button', { name: 'Generate new backup recovery codes' })
    // jsdom ignores the button's formnovalidate (browsers honour it): skip the required boxes here.
    generate.closest('form')!.noValidate = true
    fireEvent.click(generate)
    const node = captured('settings-lookup-secret-200-regenerated').body.ui.nodes.find((n: { attributes: { id?: string } }) => n.attributes.id === 'lookup_secret_codes')
    const list = await screen.findByRole('list', { name: node.meta.label.text })
    const codes = within(list).getAllByRole('listitem').map((item) => item.textContent)
    expect(codes).toEqual(node.attributes.text.context.secrets.map((secret: { text: string }) => secret.text))
    expect(codes).toHaveLength(12)
  })
})

describe('useFocusOnError: the same focus for pages that lay out <Nodes> themselves', () => {
  it('a field error in the second of two forms: the focus goes to that input', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-password-400-invalid')
    function Registration() {
      return <OwnForms flow={useRegistrationFlow()} methods={['profile', 'password']} />
    }
    renderWithSession(<Registration />)
    fireEvent.change((await screen.findAllByLabelText('E-Mail'))[0]!, { target: { value: 'alice@example.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    fireEvent.change(await screen.findByLabelText('Password'), { target: { value: 'abc' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }))
    await waitFor(() => expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true'))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')))
  })

  it('a wrong password (no field error): the focus goes to the messages region, and not before the submit', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    function Login() {
      return <OwnForms flow={useLoginFlow()} methods={['password', 'code']} />
    }
    renderWithSession(<Login />)
    const password = (await screen.findAllByLabelText('Password'))[0]!
    password.focus()
    fireEvent.change(screen.getAllByLabelText('E-Mail')[0]!, { target: { value: 'alice@example.com' } })
    fireEvent.change(password, { target: { value: 'wrong-password' } })
    expect(document.activeElement).toBe(password)
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with password' }))
    const text = captured('login-password-400-invalid-credentials').body.ui.messages[0].text
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')))
    expect(screen.getByRole('status').textContent).toBe(text)
  })
})
