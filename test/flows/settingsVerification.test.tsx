import { beforeEach, describe, expect, it } from 'vitest'
import { useSettingsFlow } from '../../src/flows'
import { captured, kratosAnswers, openPreparedVerification, preparedVerification, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Issue 21 (Kratos's email/settings/success "shows verification screen after email update"): a
// settings save that changes an address answers continue_with [show_verification_ui, …], the new
// address's code already sent. Ory's apps go to that flow; the hook stayed on Settings, so the
// person never saw where to type the code.

beforeEach(() => window.history.replaceState(null, '', '/settings'))

describe('useSettingsFlow: an address change Kratos wants verified', () => {
  it('goes to the verification flow Kratos prepared, before the app\'s returnTo; that page shows the flow whose code was sent', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-profile-200-verification-prepared')
    const { result, navigate } = renderHookPage(() => useSettingsFlow({ returnTo: '/account' }))
    await until(result, 'ready')
    const flow = preparedVerification('settings-profile-200-verification-prepared')!
    expect(flow.url).toBe(`${window.location.origin}/verification?flow=${flow.id}`)
    expect(await run(() => result.current.submit({ method: 'profile', 'traits.email': 'iris.new@example.com' }))).toEqual({ type: 'redirecting', to: flow.url })
    expect(navigate.mock.calls).toEqual([[flow.url]])

    // The verification page, opened there, reads that flow (code sent; it carries the settings
    // flow's return_to on), and starts no new one.
    const { page, reads, started } = openPreparedVerification(flow.url, 'verification-flow-200-prepared-after-settings')
    await until(page.result, 'ready')
    expect(reads).toEqual([{ id: flow.id }])
    expect(started).toEqual([])
    expect(page.result.current.flow?.state).toBe('sent_email')
    expect(page.result.current.flow?.return_to).toBe(captured('settings-profile-200-verification-prepared').body.return_to)
  })
})
