import { useSession } from 'ory-session-react'
import { Time } from '../time'

/** Everything useSession knows, as a table. */
export function SessionCard() {
  const state = useSession()
  return (
    <section aria-label="session">
      <h2>
        Session <span className="badge" data-testid="session-status">{state.status}</span>
      </h2>
      {state.error && (
        <p role="alert" data-testid="session-error">
          {state.error.message.replace(/^\[ory-session-react\]\s*/, '')}
        </p>
      )}
      {state.status === 'authenticated' && (
        <dl>
          <dt>Email</dt>
          <dd data-testid="session-email">{String(state.identity?.traits.email ?? '')}</dd>
          <dt>AAL</dt>
          <dd data-testid="session-aal">{state.aal}</dd>
          <dt>Signed in</dt>
          <dd>
            <Time value={state.session.authenticated_at} testId="session-authenticated-at" />
          </dd>
          <dt>Expires</dt>
          <dd>
            <Time value={state.session.expires_at} testId="session-expires-at" />
          </dd>
          <dt>Methods</dt>
          <dd>{state.session.authentication_methods?.map((m) => `${m.method} (${m.aal})`).join(', ')}</dd>
        </dl>
      )}
      {state.status === 'aal2_required' && (
        <p data-testid="aal2-required">
          Signed in with your first factor; Kratos wants your second one. <a href="/login?aal=aal2">Continue with your second factor</a>, or sign out.
        </p>
      )}
    </section>
  )
}
