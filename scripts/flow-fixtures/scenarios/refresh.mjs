// A settings save after the privileged window (privileged_session_max_age: 1 s): re-authentication.
import { expectStatus, init, PASSWORD, registerWithPassword, submit } from '../kratosFlows.mjs'

export const SHORT_PRIVILEGE_OVERLAY = 'selfservice:\n  flows:\n    settings:\n      privileged_session_max_age: 1s\n'

export async function refresh({ client, save }) {
  const nina = client()
  const email = 'nina@example.com'
  await registerWithPassword(nina, email)
  const settings = expectStatus(await init(nina, 'settings'), 200, 'settings init')
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const required = save('settings-submit-403-refresh-required', await submit(nina, settings, { method: 'password', password: PASSWORD }), 403,
    'A settings save after privileged_session_max_age: 403 session_refresh_required, redirect_browser_to = login/browser?refresh=true&return_to=<Kratos\'s settings endpoint ?flow=>; sets ory_kratos_continuity.')
  const login = save('login-init-refresh-200', await nina.request('GET', required.redirect_browser_to), 200,
    'The refresh login Kratos pointed at: refresh=true; with the code method on, the identifier is an empty text input again.')
  save('login-refresh-200-success', await submit(nina, login, { method: 'password', identifier: email, password: PASSWORD }), 200,
    'Re-authenticated: continue_with redirect_browser_to = Kratos\'s settings endpoint (the return_to above), not the settings UI.')
}
