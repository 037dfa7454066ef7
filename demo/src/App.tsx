import { flowPages } from './flows'
import { ActiveSessions } from './pages/ActiveSessions'
import { ApiToken } from './pages/ApiToken'
import { Home } from './pages/Home'
import { Mfa, Protected, Sensitive } from './pages/GuardedPages'
import { Mailbox } from './pages/Mailbox'
import { SignOut } from './pages/SignOut'
import { LanguageSwitch } from './language'
import { Link, usePathname } from './router'

const pages: Record<string, () => React.JSX.Element> = {
  '/': Home,
  '/protected': Protected,
  '/mfa': Mfa,
  '/sensitive': Sensitive,
  '/sessions': ActiveSessions,
  '/token': ApiToken,
  ...flowPages,
  // Development only: `vite build` replaces import.meta.env.DEV with false and drops the page.
  ...(import.meta.env.DEV ? { '/mailbox': Mailbox } : {}),
}

export function App() {
  const Page = pages[usePathname()] ?? NotFound
  return (
    <>
      <header>
        <strong>ory-session-react</strong>
        <Link to="/">Home</Link>
        <Link to="/protected">Protected</Link>
        <Link to="/mfa">MFA (aal2)</Link>
        <Link to="/sensitive">Sensitive (maxAge 5 min)</Link>
        <Link to="/sessions">Active sessions</Link>
        <Link to="/token">API token</Link>
        <Link to="/settings">Settings</Link>
        {import.meta.env.DEV && <Link to="/mailbox">Mailbox</Link>}
        <SignOut />
        <LanguageSwitch />
      </header>
      <main>
        <Page />
      </main>
    </>
  )
}

function NotFound() {
  return <p>Not found.</p>
}
