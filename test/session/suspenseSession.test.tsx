import { screen } from '@testing-library/react'
import { Component, Suspense, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { useSuspenseSession } from '../../src'
import { answers, countRequests, whoami } from '../kratos'
import { renderWithSession } from '../render'

function Status() {
  const state = useSuspenseSession()
  return <p>status: {state.status}</p>
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children
  }
}

const app = (
  <Boundary>
    <Suspense fallback={<p>suspended</p>}>
      <Status />
      <Status />
    </Suspense>
  </Boundary>
)

describe('useSuspenseSession', () => {
  it('suspends until the first answer, then never shows loading; one request for every caller', async () => {
    whoami(answers.session())
    renderWithSession(app)
    expect(screen.getByText('suspended')).toBeTruthy()
    expect(await screen.findAllByText('status: authenticated')).toHaveLength(2)
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('a signed-out answer is a state, not an error', async () => {
    whoami(answers.signedOut())
    renderWithSession(app)
    expect(await screen.findAllByText('status: unauthenticated')).toHaveLength(2)
  })

  it('Kratos unreachable before any answer → the error boundary', async () => {
    whoami(answers.networkError())
    renderWithSession(app)
    expect((await screen.findByRole('alert')).textContent).toContain('Kratos could not be reached')
  })
})
