import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RequireAuth } from '../../src'
import { SessionDevtools } from '../../src/devtools'
import { activeSession } from '../fixtures'
import { HttpResponse, type JsonBodyType } from 'msw'
import { aal2LoginFlow, answers, whoami } from '../kratos'
import { aal1SessionPasswordOnly, aal2Flows } from '../fixtures/aal2'
import { renderWithSession } from '../render'

describe('SessionDevtools', () => {
  it('shows the session, its methods, countdowns and why a guard decided what it did', async () => {
    whoami(answers.session(activeSession({ authenticator_assurance_level: 'aal1' })))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp as JsonBodyType))
    renderWithSession(
      <>
        <RequireAuth aal="aal2">
          <p>secret</p>
        </RequireAuth>
        <SessionDevtools initialOpen />
      </>,
    )
    const panel = await screen.findByLabelText('Ory session devtools')
    await waitFor(() => expect(panel.textContent).toContain('authenticated'))
    expect(panel.textContent).toContain('totp')
    expect(panel.textContent).toContain('expires in:')
    await waitFor(() => expect(panel.textContent).toContain('aal_too_low → navigating http://kratos.test/self-service/login/browser?aal=aal2'))
  })

  it('says when a guard found no second factor to step up with', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.passwordOnly as JsonBodyType))
    renderWithSession(
      <>
        <RequireAuth aal="aal2">
          <p>secret</p>
        </RequireAuth>
        <SessionDevtools initialOpen />
      </>,
    )
    const panel = await screen.findByLabelText('Ory session devtools')
    await waitFor(() => expect(panel.textContent).toContain('second_factor_missing (requires aal2)'))
    expect(panel.textContent).not.toContain('navigating')
  })

  it('opens and closes', async () => {
    whoami(answers.signedOut())
    renderWithSession(<SessionDevtools />)
    const toggle = await screen.findByRole('button', { name: /Ory session/ })
    expect(screen.queryByText(/events/)).toBeNull()
    act(() => toggle.click())
    expect(screen.getByText(/events/)).toBeTruthy()
  })
})
