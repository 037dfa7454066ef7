import { useEffect } from 'react'
import { FlowForm, useRegistrationFlow } from 'ory-session-react/flows'
import { verificationFlowId } from './continueWith'
import { go } from './screen'
import { formGroups, SocialSignIn } from './SocialSignIn'

/**
 * Sign up (`/mobile/Registration`) on Kratos's API flow. Done: the verification Kratos started
 * (`continue_with` `show_verification_ui`), else Home.
 */
export function Registration() {
  const registration = useRegistrationFlow()
  const done = registration.status === 'done'
  const verification = verificationFlowId(registration.continueWith)
  useEffect(() => {
    if (done) {
      if (verification) go('Verification', { flow: verification })
      else go('Home')
    }
  }, [done, verification])
  return (
    <section data-testid="screen-registration">
      <h1>Create an account</h1>
      <FlowForm flow={registration} groups={formGroups(registration.nodes)} fallback={<p>Loading…</p>} />
      <SocialSignIn nodes={registration.nodes} />
      {registration.status === 'error' && <p role="alert">{registration.error.message}</p>}
      <button type="button" onClick={() => go('Login')}>Sign in instead</button>
    </section>
  )
}
