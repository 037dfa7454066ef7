import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RequireAuth, SessionProvider } from 'ory-session-react'
import { tokenTransport } from 'ory-session-react/native'
import { KRATOS_URL } from '../config'
import { deviceStorage, nativeFetch } from './device'
import { Home } from './Home'
import { Login } from './Login'
import { Recovery } from './Recovery'
import { Registration } from './Registration'
import { Settings } from './Settings'
import { useScreen } from './screen'
import { Verification } from './Verification'

// A small app in token mode (the SDK's `ory-session-react/native`), standing in for Ory's React
// Native app in Kratos's mobile e2e cases (test/conformance/profiles/mobile, …/playwright/tests/mobile):
// API flows, a session token in the app's storage, no cookie. Served by the demo's dev server at
// /mobile/ (demo/mobile/index.html); never part of the demo's build.

const transport = tokenTransport({
  storage: deviceStorage,
  fetch: nativeFetch,
  // A guarded screen without a session: the sign-in screen in its place, as the app's navigator does.
  loginScreen: (required) => <Login params={new URLSearchParams(required.aal ? { aal: required.aal } : {})} />,
})

function App() {
  const { name, params, key } = useScreen()
  switch (name) {
    case 'Login':
      return <Login key={key} params={params} />
    case 'Registration':
      return <Registration key={key} />
    case 'Callback':
      // Where Kratos ends a social sign-in's auth session (the popup); the app reads its URL.
      return <p>Signing in…</p>
    case 'Recovery':
      return <Recovery key={key} />
    case 'Verification':
      return <Verification key={key} params={params} />
    case 'Settings':
      return (
        <RequireAuth key={key} fallback={<p>Loading…</p>}>
          <Settings params={params} />
        </RequireAuth>
      )
    default:
      return (
        <RequireAuth key={key} fallback={<p>Loading…</p>}>
          <Home />
        </RequireAuth>
      )
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider baseUrl={KRATOS_URL} transport={transport}>
      <App />
    </SessionProvider>
  </StrictMode>,
)
