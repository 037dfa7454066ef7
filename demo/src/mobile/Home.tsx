import { useSession } from 'ory-session-react'
import { deviceStorage, TOKEN_KEY } from './device'
import { go } from './screen'
import { SignOut } from './SignOut'

/**
 * Who is signed in (`/mobile/Home`), as Ory's app shows it: the session (identity, AAL, methods)
 * and the session token the app holds.
 */
export function Home() {
  const { session } = useSession()
  const token = deviceStorage.getItem(TOKEN_KEY) as string | null
  return (
    <section data-testid="screen-home">
      <h1>Welcome back</h1>
      <pre data-testid="session-content">{JSON.stringify(session, null, 2)}</pre>
      {token && <code data-testid="session-token">{token}</code>}
      <button type="button" onClick={() => go('Settings')}>Settings</button>
      <SignOut />
    </section>
  )
}
