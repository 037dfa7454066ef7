import { act, screen, waitFor } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { useSession } from '../../src'
import { activeSession } from '../fixtures'
import { answers, whoami } from '../kratos'
import { renderWithSession } from '../render'

// Renders a user would pay for: none when nothing they show changed.
let renders = { plain: 0, selected: 0 }
function Plain() {
  renders.plain += 1
  const { status } = useSession()
  return <span data-testid="plain">{status}</span>
}
function EmailOnly() {
  renders.selected += 1
  const email = useSession({ select: (s) => (s.identity ? String(s.identity.traits.email) : null) })
  return <span data-testid="email">{email}</span>
}
function Parent({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0)
  return (
    <>
      <button onClick={() => setCount(count + 1)}>parent {count}</button>
      {children}
    </>
  )
}

// react-query notifies on a zero-delay timer, after act() returns: give it time before counting.
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)))

async function renderConsumers() {
  renders = { plain: 0, selected: 0 }
  const rendered = renderWithSession(
    <Parent>
      <Plain />
      <EmailOnly />
    </Parent>,
  )
  await waitFor(() => expect(screen.getByTestId('email').textContent).toBe('bazbar@ory.sh'))
  await waitFor(() => expect(screen.getByTestId('plain').textContent).toBe('authenticated'))
  await settle()
  const settled = { ...renders }
  return { ...rendered, settled }
}

describe('renders', () => {
  it('a refetch that returns an identical session re-renders no consumer', async () => {
    whoami(answers.session())
    const { queryClient, settled } = await renderConsumers()
    await act(() => queryClient.refetchQueries())
    await settle()
    expect(renders).toEqual(settled)
  })

  it('a re-render of the provider’s parent re-renders no consumer', async () => {
    whoami(answers.session())
    const { settled } = await renderConsumers()
    act(() => screen.getByText('parent 0').click())
    await settle()
    expect(screen.getByText('parent 1')).toBeTruthy()
    expect(renders).toEqual(settled)
  })

  it('a change of expires_at only re-renders no consumer that selects the email', async () => {
    whoami(answers.session())
    const { queryClient, settled } = await renderConsumers()
    whoami(answers.session(activeSession({ expires_at: '2081-01-01T00:00:00Z' })))
    await act(() => queryClient.refetchQueries())
    await settle()
    expect(renders.selected).toBe(settled.selected)
    expect(renders.plain).toBeGreaterThan(settled.plain) // the plain form reads the whole session
  })
})
