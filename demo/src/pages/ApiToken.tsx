import { RequireAuth, useSessionToken } from 'ory-session-react'
import { Time } from '../time'

/** Session to JWT: Kratos's `demo-api` tokenizer template, for calling the app's own APIs. */
export function ApiToken() {
  return (
    <RequireAuth fallback={<p>Checking your session…</p>}>
      <h1>API token</h1>
      <TokenCard />
    </RequireAuth>
  )
}

function TokenCard() {
  const token = useSessionToken({ template: 'demo-api' })
  const claims = token.token ? (JSON.parse(atob(token.token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string }) : null
  return (
    <dl>
      <dt>status</dt>
      <dd data-testid="token-status">{token.status}</dd>
      <dt>sub (identity id)</dt>
      <dd data-testid="token-sub">{claims?.sub ?? '-'}</dd>
      <dt>expires</dt>
      <dd>{token.expiresAt ? <Time value={token.expiresAt} testId="token-expires" /> : '-'}</dd>
      {token.error && <dd role="alert">{token.error.message}</dd>}
    </dl>
  )
}
