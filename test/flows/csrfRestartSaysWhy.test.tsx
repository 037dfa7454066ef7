import { fireEvent, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, useLoginFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Kratos answers a submit whose CSRF cookie is gone (or whose token is stale) with 403
// security_csrf_violation; the flow is dead and the SDK starts a new one. The new form is empty:
// the person must be told why, in the state itself, since a <form {...getFormProps()}> drops the
// submit's `restarted` outcome.
const csrf = captured('login-submit-403-csrf').body.error.reason as string

beforeEach(() => window.history.replaceState(null, '', '/login'))

function LoginPage() {
  const login = useLoginFlow()
  return <FlowForm flow={login} fallback={<p>Loading…</p>} />
}

describe('403 security_csrf_violation on a submit: the new flow says why the form is empty', () => {
  it('a form submitted through <FlowForm> (getFormProps): the new form shows Kratos\'s reason', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-submit-403-csrf')
    const { container } = renderWithSession(<LoginPage />)
    await waitFor(() => expect(container.querySelector('input[name="identifier"]')).not.toBeNull())
    fireEvent.change(container.querySelector('input[name="identifier"]')!, { target: { value: 'i-do-not-exist' } })
    fireEvent.change(container.querySelector('input[name="password"]')!, { target: { value: 'invalid-password' } })
    fireEvent.click(container.querySelector('button[name="method"][value="password"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    await screen.findByText(csrf)
    expect(inits).toHaveLength(2)
  })

  it('the hook\'s state: messages carry 4000001 with Kratos\'s reason; a restart that no submit caused carries none', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-submit-403-csrf')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(result.current.messages).toEqual([])
    expect(await run(() => result.current.submit({ method: 'password', identifier: 'a@b.c', password: 'pw' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(result.current.status).toBe('ready')
    expect(result.current.messages).toEqual([{ id: 4000001, type: 'error', text: csrf }])
    // Starting again by hand is a plain new flow: the note went with the flow it explained.
    await run(() => result.current.restart())
    expect(result.current.messages).toEqual([])
  })

  it('a page opened with ?flow= whose CSRF cookie is gone (403 on the GET): a fresh form, no alarm', async () => {
    window.history.replaceState(null, '', `/login?flow=${captured('login-init-200').body.id}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-flow-get-403-csrf')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(result.current.messages).toEqual([])
  })
})
