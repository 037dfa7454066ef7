import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useSession } from '../../src'
import { useSettingsFlow } from '../../src/flows'
import { KRATOS_URL, server } from '../kratos'
import { captured, id, kratosAnswers, preparedVerification, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/settings'))

describe('useSettingsFlow (Kratos v1.3.1 answers)', () => {
  it('200 saved: stays on the page with saved=true and does NOT follow Kratos\'s automatic redirect_browser_to', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    // No address changed, so Kratos prepared no verification (settingsVerification.test: one it did).
    expect(preparedVerification('settings-password-200-saved')).toBeUndefined()
    expect(await run(() => result.current.submit({ method: 'password', password: 'new-password-1' }))).toEqual({ type: 'saved' })
    expect(result.current.saved).toBe(true)
    expect(result.current.messages.filter((m) => m.id === 1050001)).toHaveLength(1)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('200 saved with returnTo: goes there', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const { result, navigate } = renderHookPage(() => useSettingsFlow({ returnTo: '/profile' }))
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'new-password-1' }))
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  it('a flow started with return_to (the guard\'s "Set up a second factor" link, opened as /settings?flow=<id>): a save goes to that return_to', async () => {
    // RequireAuth's default secondFactorFallback links to Kratos's settings init with return_to =
    // the guarded page; Kratos keeps it in the flow (flow.return_to) and opens this page with
    // ?flow=<id>. The page's useSettingsFlow() has no returnTo: the person stayed on Settings.
    window.history.replaceState(null, '', `/settings?flow=${id('settings-init-200')}`)
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/flows', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved-with-return-to')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    const back = captured('settings-password-200-saved-with-return-to').body.return_to as string
    expect(back).toBe(`${window.location.origin}/account`)
    expect(await run(() => result.current.submit({ method: 'password', password: 'new-password-1' }))).toEqual({ type: 'redirecting', to: back })
    expect(navigate.mock.calls).toEqual([[back]])
  })

  it('a flow whose return_to is another app Kratos allows: a save goes there (Kratos validated it at flow start)', async () => {
    // Kratos checked the flow's return_to against selfservice.allowed_return_urls when the flow
    // started, so it is no open redirect. Kratos's captured answer, its return_to moved to such an app.
    const other = 'https://other-app.example/account'
    const answer = captured('settings-password-200-saved-with-return-to')
    server.use(http.post(`${KRATOS_URL}/self-service/settings`, () => HttpResponse.json({ ...answer.body, return_to: other }, { status: answer.status })))
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'password', password: 'new-password-1' }))).toEqual({ type: 'redirecting', to: other })
    expect(result.current.error).toBeNull()
    expect(result.current).toMatchObject({ status: 'redirecting', to: other })
    expect(navigate.mock.calls).toEqual([[other]])
  })

  it('TOTP enrolment: the session is refetched at once, so useSession shows aal2 without a reload', async () => {
    whoamiAnswers('whoami-200-aal1', 'whoami-200-aal2-after-totp-enrolment')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-totp-200-saved')
    const { result } = renderHookPage(() => ({ settings: useSettingsFlow(), session: useSession(), status: 'x' }))
    await waitFor(() => expect(result.current.settings.status).toBe('ready'))
    expect(result.current.session.status === 'authenticated' && result.current.session.session.authenticator_assurance_level).toBe('aal1')
    await run(() => result.current.settings.submit({ method: 'totp', totp_code: '123456' }))
    expect(posts[0]).toMatchObject({ method: 'totp', totp_code: '123456' })
    expect(result.current.session.status === 'authenticated' && result.current.session.session.authenticator_assurance_level).toBe('aal2')
  })

  it('settings buttons without a method (lookup_secret_regenerate) get the method Kratos needs', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const { result } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ lookup_secret_regenerate: true }))
    expect(posts[0]).toMatchObject({ method: 'lookup_secret', lookup_secret_regenerate: true })
  })

  it('401 session_inactive at init: sends the browser to login with return_to = this page', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-401-session-inactive')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'redirecting')
    const target = new URL(navigate.mock.calls[0]![0])
    expect(`${target.origin}${target.pathname}`).toBe(`${KRATOS_URL}/self-service/login/browser`)
    expect(target.searchParams.get('return_to')).toBe(`${window.location.origin}/settings`)
  })

  it('401 without an error id (GET of the flow signed out): keyed on the status, also login', async () => {
    window.history.replaceState(null, '', `/settings?flow=${id('settings-init-200')}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/settings/flows', 'settings-flow-get-401-signed-out')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'redirecting')
    expect(navigate.mock.calls[0]![0]).toContain('/self-service/login/browser')
  })

  it('403 session_aal2_required: step-up login (aal2) that comes back here', async () => {
    whoamiAnswers('whoami-403-aal2-required')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-403-aal2-required')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'redirecting')
    const target = new URL(navigate.mock.calls[0]![0])
    expect(target.searchParams.get('aal')).toBe('aal2')
    expect(target.searchParams.get('return_to')).toBe(`${window.location.origin}/settings`)
  })

  it('403 session_refresh_required on a submit: re-auth through Kratos\'s own login URL, whose return_to resumes the paused change', async () => {
    // Kratos paused the submitted change (its continuity cookie) and answers the login to run; its
    // return_to is Kratos's settings endpoint, which applies the change after the re-authentication
    // and then opens this page with the flow, saved. A return_to rewritten to this page lost the change.
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-submit-403-refresh-required')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'password', password: 'x-long-password' }))).toMatchObject({ type: 'redirecting' })
    const kratosLogin = captured('settings-submit-403-refresh-required').body.redirect_browser_to as string
    expect(navigate.mock.calls).toEqual([[kratosLogin]])
    const target = new URL(kratosLogin)
    expect(target.searchParams.get('refresh')).toBe('true')
    expect(new URL(target.searchParams.get('return_to')!).pathname).toBe('/self-service/settings')
  })

  it('410 GET of an expired settings flow (no error id at all): starts a new flow', async () => {
    window.history.replaceState(null, '', '/settings?flow=old')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/flows', 'settings-flow-get-410-expired')
    const inits = kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const { result } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
  })
})

async function waitFor(check: () => void) {
  const { waitFor: wait } = await import('@testing-library/react')
  await wait(check)
}
