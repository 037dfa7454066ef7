import { useEffect } from 'react'
import { FlowForm, useLoginFlow } from 'ory-session-react/flows'
import { go } from './screen'
import { formGroups, SocialSignIn } from './SocialSignIn'

/**
 * Sign in (`/mobile/Login`, `?aal=aal2&refresh=true` for the second factor): the SDK's login hook
 * on Kratos's API flow, drawn by `<FlowForm>`. Signed in: Home.
 */
export function Login({ params }: { params: URLSearchParams }) {
  const aal = params.get('aal') === 'aal2' ? 'aal2' : undefined
  const refresh = params.get('refresh') === 'true' || undefined
  const login = useLoginFlow({ ...(aal ? { aal } : {}), ...(refresh ? { refresh } : {}) })
  const done = login.status === 'done'
  useEffect(() => {
    if (done) go('Home')
  }, [done])
  return (
    <section data-testid="screen-login">
      <h1>Sign in</h1>
      <FlowForm flow={login} groups={formGroups(login.nodes)} fallback={<p>Loading…</p>} />
      <SocialSignIn nodes={login.nodes} />
      {login.status === 'error' && <p role="alert">{login.error.message}</p>}
      <button type="button" onClick={() => go('Registration')}>Create an account</button>
      <button type="button" onClick={() => go('Recovery')}>Forgot password?</button>
    </section>
  )
}
