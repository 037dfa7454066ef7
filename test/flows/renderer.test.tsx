import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FlowForm, useLoginFlow, useRegistrationFlow, type InputNodeProps } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, run, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/login'))
afterEach(() => vi.unstubAllGlobals())

function LoginPage() {
  const login = useLoginFlow()
  return <FlowForm flow={login} fallback={<p>Loading…</p>} />
}

describe('<FlowForm> / <Nodes>', () => {
  it('renders a real <form action method> from the nodes and submits the clicked button as JSON', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    const { container } = renderWithSession(<LoginPage />)
    const form = await formIn(container)
    const flow = captured('login-init-200').body
    expect(form.getAttribute('action')).toBe(flow.ui.action)
    expect(form.getAttribute('method')).toBe(flow.ui.method)
    expect(container.querySelector('script')).toBeNull()
    fireEvent.change(container.querySelector('input[name="identifier"]')!, { target: { value: 'alice@example.com' } })
    fireEvent.change(container.querySelector('input[name="password"]')!, { target: { value: 'typed-password' } })
    fireEvent.click(container.querySelector('button[name="method"][value="password"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({ csrf_token: flow.ui.nodes[0].attributes.value, identifier: 'alice@example.com', password: 'typed-password', method: 'password' })
    await screen.findByText(captured('login-password-400-invalid-credentials').body.ui.messages[0].text)
  })

  it('sends a hidden trait back with the JSON type Kratos gave it (code registration, boolean `tos`)', async () => {
    // Found by the conformance port of Kratos's profiles/code/registration: the DOM turned the hidden
    // `traits.tos` (value: true) into "true", and Kratos refused the code step with 4000026
    // "expected boolean, but got string" on a node nobody sees.
    const sent = captured('registration-flow-200-sent-boolean-trait').body
    window.history.replaceState(null, '', `/registration?flow=${sent.id}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/flows', 'registration-flow-200-sent-boolean-trait')
    const posts = kratosAnswers('post', '/self-service/registration', 'registration-code-400-sent-boolean-trait')
    function RegistrationPage() {
      return <FlowForm flow={useRegistrationFlow()} fallback={<p>Loading…</p>} />
    }
    const { container } = renderWithSession(<RegistrationPage />)
    await formIn(container)
    expect(container.querySelector('input[name="traits.tos"]')?.getAttribute('type')).toBe('hidden')
    fireEvent.change(container.querySelector('input[name="code"]')!, { target: { value: '123456' } })
    fireEvent.click(container.querySelector('button[name="method"][value="code"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toMatchObject({ method: 'code', code: '123456', traits: { email: 'dora@example.com', tos: true } })
  })

  it('a network error keeps the form and what the person typed, and says why', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'network-error')
    const { container } = renderWithSession(<LoginPage />)
    await formIn(container)
    fireEvent.change(container.querySelector('input[name="identifier"]')!, { target: { value: 'alice@example.com' } })
    fireEvent.change(container.querySelector('input[name="password"]')!, { target: { value: 'typed-password' } })
    fireEvent.click(container.querySelector('button[name="method"][value="password"]')!)
    await screen.findByText(/could not be reached/)
    expect(container.querySelector<HTMLInputElement>('input[name="identifier"]')!.value).toBe('alice@example.com')
  })

  it('node components can be replaced one type at a time', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    function Fancy({ attributes }: InputNodeProps) {
      return <input data-fancy name={attributes.name} type={attributes.type} />
    }
    function Page() {
      const login = useLoginFlow()
      return <FlowForm flow={login} components={{ Input: Fancy }} groups={['default', 'password']} />
    }
    const { container } = renderWithSession(<Page />)
    await waitFor(() => expect(container.querySelectorAll('[data-fancy]').length).toBeGreaterThan(0))
    expect(container.querySelector('button[value="code"]')).toBeNull()
  })

  it('passkey: the trigger runs navigator.credentials.get from the flow\'s challenge and submits passkey_login (no script, no page load)', async () => {
    whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-200-success')
    const bytes = (values: number[]) => new Uint8Array(values).buffer
    const get = vi.fn(async () => ({
      id: 'cred-1',
      rawId: bytes([1, 2, 3]),
      type: 'public-key',
      response: { clientDataJSON: bytes([4]), authenticatorData: bytes([5]), signature: bytes([6]), userHandle: bytes([7]) },
    }))
    vi.stubGlobal('navigator', { ...navigator, credentials: { get, create: vi.fn() } })
    const { container, navigate } = renderWithSession(<LoginPage />)
    await formIn(container)
    fireEvent.click(container.querySelector('button[name="passkey_login_trigger"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    const challenge = JSON.parse(captured('login-init-200').body.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'passkey_challenge').attributes.value)
    const options = get.mock.calls[0] as unknown as [{ publicKey: { challenge: ArrayBuffer; rpId: string } }]
    expect(options[0].publicKey.rpId).toBe(challenge.publicKey.rpId)
    expect(options[0].publicKey.challenge.byteLength).toBeGreaterThan(0)
    expect(posts[0]).toMatchObject({ method: 'passkey' })
    expect(JSON.parse((posts[0] as { passkey_login: string }).passkey_login)).toEqual({
      id: 'cred-1',
      rawId: 'AQID',
      type: 'public-key',
      response: { clientDataJSON: 'BA', authenticatorData: 'BQ', signature: 'Bg', userHandle: 'Bw' },
    })
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
  })

  it('passkey cancelled by the person: nothing is sent, the form stays', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-200-success')
    vi.stubGlobal('navigator', { ...navigator, credentials: { get: vi.fn(async () => Promise.reject(new DOMException('cancelled', 'NotAllowedError'))) } })
    let hook: ReturnType<typeof useLoginFlow> | undefined
    function Page() {
      hook = useLoginFlow()
      return <p>{hook.status}</p>
    }
    renderWithSession(<Page />)
    await waitFor(() => expect(hook?.status).toBe('ready'))
    const outcome = await run(() => hook!.passkey())
    expect(outcome).toMatchObject({ type: 'passkey_cancelled' })
    expect(posts).toHaveLength(0)
    expect(hook?.status).toBe('ready')
  })
})

function formIn(container: HTMLElement): Promise<HTMLFormElement> {
  return waitFor(() => {
    const form = container.querySelector('form')
    if (!form) throw new Error('no form yet')
    return form
  })
}
