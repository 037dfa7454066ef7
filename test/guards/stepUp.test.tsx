import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useReauthenticate, type LoginNavigationOptions } from '../../src'
import { answers, KRATOS_URL, whoami } from '../kratos'
import { StepUpButton } from './StepUpButton'
import { renderWithSession } from '../render'

const page = window.location.href // jsdom's http://localhost:3000/
const login = (params: Record<string, string>) => {
  const url = new URL(`${KRATOS_URL}/self-service/login/browser`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.href
}

function ReauthButton({ aal2, ...options }: LoginNavigationOptions & { aal2?: boolean }) {
  const { reauthenticate } = useReauthenticate(aal2 ? { aal2 } : {})
  return <button onClick={() => reauthenticate(options)}>re-enter password</button>
}

describe('useStepUp and useReauthenticate', () => {
  it('stepUp() leaves for the second-factor step and comes back to this page', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(<StepUpButton />)
    fireEvent.click(screen.getByText('step up'))
    expect(navigate).toHaveBeenCalledTimes(1)
    expect(navigate).toHaveBeenCalledWith(login({ aal: 'aal2', return_to: page }))
  })

  it('reauthenticate() asks for a fresh login (refresh=true), with aal2 when asked', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(
      <>
        <ReauthButton returnTo="/account/delete" />
      </>,
    )
    fireEvent.click(screen.getByText('re-enter password'))
    expect(navigate).toHaveBeenCalledWith(login({ refresh: 'true', return_to: new URL('/account/delete', page).href }))
  })

  it('reauthenticate({ aal2 }) asks for both factors again', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(<ReauthButton aal2 />)
    fireEvent.click(screen.getByText('re-enter password'))
    expect(navigate).toHaveBeenCalledWith(login({ aal: 'aal2', refresh: 'true', return_to: page }))
  })

  it('a person asking twice is not a loop: the second click leaves again', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(<StepUpButton />)
    fireEvent.click(screen.getByText('step up'))
    fireEvent.click(screen.getByText('step up'))
    expect(navigate).toHaveBeenCalledTimes(2)
  })

  it.each(['https://evil.example/', '//evil.example', 'javascript:alert(1)'])('refuses returnTo %s: no navigation, a typed error', (returnTo) => {
    whoami(answers.session())
    const { navigate } = renderWithSession(<StepUpButton returnTo={returnTo} />)
    fireEvent.click(screen.getByText('step up'))
    expect(navigate).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toBe('invalid_return_to')
  })
})
