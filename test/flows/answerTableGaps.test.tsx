import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLoginFlow, useSettingsFlow } from '../../src/flows'
import { KRATOS_URL, server } from '../kratos'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Rows of the answer table (FLOWS-AND-NATIVE.md, section C wins) that the other files left
// untested, each with Kratos v1.3.1's captured answers, and each failing on the code before its fix.
beforeEach(() => window.history.replaceState(null, '', '/flow'))

describe('answer table gaps', () => {
  it('settings after recovery (a flow Kratos created, no return_to) with returnTo: a save goes to returnTo, not back to this page', async () => {
    // Kratos's redirect_browser_to for a flow without return_to is the settings UI with the same
    // flow (section C 6): following it re-opened this very page instead of the app's returnTo.
    window.history.replaceState(null, '', `/settings?flow=${id('settings-flow-200-after-recovery')}`)
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/flows', 'settings-flow-200-after-recovery')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-after-recovery')
    const { result, navigate } = renderHookPage(() => useSettingsFlow({ returnTo: '/home' }))
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'a-new-long-password' }))
    expect(navigate.mock.calls).toEqual([[`${window.location.origin}/home`]])
  })

  it('a page left while its flow loads: the late answer does not write ?flow= into the next page\'s URL', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    let answer: () => void = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/browser`, async () => {
        await answered
        const { status, body } = captured('login-init-200')
        return HttpResponse.json(body, { status })
      }),
    )
    const { result, unmount } = renderHookPage(() => useLoginFlow())
    expect(result.current.status).toBe('loading')
    unmount()
    // The app routed on: the verification page from the e-mail link, with its own flow.
    window.history.replaceState(null, '', '/verification?flow=from-the-email-link')
    answer()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(pageUrl().pathname + pageUrl().search).toBe('/verification?flow=from-the-email-link')
  })
})
