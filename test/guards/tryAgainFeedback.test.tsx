import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { RequireAuth } from '../../src'
import { answers, KRATOS_URL, server, whoami } from '../kratos'
import { renderWithSession } from '../render'

// A new user clicked "Try again" while Kratos was still down and nothing on the page changed for
// 15 s. The default error box now says it is trying until the answer is in, and when it last tried,
// and never falls back to the loading fallback meanwhile.

/** whoami fails with 503 until `release()`; each request waits for it, so "trying" can be seen. */
function kratosDownOnHold() {
  let release: () => void = () => {}
  server.use(
    http.get(`${KRATOS_URL}/sessions/whoami`, async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return HttpResponse.json({ error: { code: 503, status: 'Service Unavailable', message: 'down' } }, { status: 503 })
    }),
  )
  return { release: () => release() }
}

const button = () => screen.getByRole('button', { name: /try/i })
const lastTried = () => screen.getByText(/^Last tried at /).textContent

describe("<RequireAuth>'s default error box", () => {
  it('"Try again" says it is trying until the answer is in, keeps the error meanwhile, then says when it last tried', async () => {
    whoami(answers.status(503))
    renderWithSession(
      <RequireAuth fallback={<p>Checking your session…</p>}>
        <p>secret</p>
      </RequireAuth>,
    )
    await screen.findByRole('alert')
    expect(button().textContent).toBe('Try again')

    const kratos = kratosDownOnHold()
    act(() => button().click())
    await waitFor(() => expect(button().textContent).toBe('Trying again…'))
    expect((button() as HTMLButtonElement).disabled).toBe(true)
    expect(screen.queryByText('Checking your session…')).toBeNull()
    expect(screen.getByRole('alert').textContent).toContain('503')

    expect(screen.queryByText(/^Last tried at /)).toBeNull()
    act(() => kratos.release())
    await waitFor(() => expect(button().textContent).toBe('Try again'))
    expect((button() as HTMLButtonElement).disabled).toBe(false)
    const clockNow = (msAgo: number) => `Last tried at ${new Date(Date.now() - msAgo).toLocaleTimeString()}`
    expect([clockNow(0), clockNow(1_000)]).toContain(lastTried())
    expect(screen.queryByText('Checking your session…')).toBeNull()

    // Again: the time moves on with each try.
    const first = lastTried()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const again = kratosDownOnHold()
    act(() => button().click())
    await waitFor(() => expect(button().textContent).toBe('Trying again…'))
    act(() => again.release())
    await waitFor(() => expect(button().textContent).toBe('Try again'))
    expect(lastTried()).not.toBe(first)
  })

  it('"Try again" when Kratos is back: the page shows', async () => {
    whoami(answers.status(503))
    renderWithSession(<RequireAuth>secret</RequireAuth>)
    await screen.findByRole('alert')
    whoami(answers.session())
    act(() => button().click())
    await screen.findByText('secret')
  })
})
