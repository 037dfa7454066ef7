import { fireEvent, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, Nodes, useSettingsFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, whoamiAnswers } from './flowKratos'

// After an answer, Kratos's node values are the truth (Ory's own UIs draw them): it echoes what it
// kept and empties a password it refused. A field still holding the refused password invites the
// person to send it again and hides that nothing was saved.
const refused = captured('settings-password-400-invalid').body

beforeEach(() => window.history.replaceState(null, '', '/settings'))

function SettingsWithFlowForm() {
  return <FlowForm flow={useSettingsFlow()} groups={['default', 'password']} />
}

function SettingsWithOwnForm() {
  const settings = useSettingsFlow()
  if (!settings.flow) return null
  return (
    <form {...settings.getFormProps()}>
      <Nodes flow={settings} groups={['default', 'password']} />
    </form>
  )
}

describe('a password Kratos refused (400, 4000032, its node empty): the field is emptied too', () => {
  for (const [name, Page] of [['<FlowForm>', SettingsWithFlowForm], ['<form {...getFormProps()}> with <Nodes>', SettingsWithOwnForm]] as const) {
    it(name, async () => {
      whoamiAnswers('whoami-200-aal1')
      kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
      const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-400-invalid')
      const { container } = renderWithSession(<Page />)
      await waitFor(() => expect(container.querySelector('input[name="password"]')).not.toBeNull())
      const field = () => container.querySelector<HTMLInputElement>('input[name="password"]')!
      fireEvent.change(field(), { target: { value: '123' } })
      fireEvent.click(container.querySelector('button[name="method"][value="password"]')!)
      await waitFor(() => expect(posts).toHaveLength(1))
      await screen.findByText(refused.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'password').messages[0].text)
      expect(field().value).toBe('')
    })
  }

  it('no answer (network error): what was typed stays', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'network-error')
    const { container } = renderWithSession(<SettingsWithFlowForm />)
    await waitFor(() => expect(container.querySelector('input[name="password"]')).not.toBeNull())
    fireEvent.change(container.querySelector('input[name="password"]')!, { target: { value: 'typed-password' } })
    fireEvent.click(container.querySelector('button[name="method"][value="password"]')!)
    await screen.findByText(/could not be reached/)
    expect(container.querySelector<HTMLInputElement>('input[name="password"]')!.value).toBe('typed-password')
  })
})
