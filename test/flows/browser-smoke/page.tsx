import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { SessionProvider, useSession } from 'ory-session-react'
import { FlowForm, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from 'ory-session-react/flows'

function Status() {
  const s = useSession()
  return <p id="session">{s.status}{s.status === 'authenticated' ? `:${s.session.authenticator_assurance_level}:${(s.session.authentication_methods ?? []).map((m) => m.method).join(',')}` : ''}</p>
}
// One page for every flow: the path picks the hook (fixed for the page's life, so the rules of hooks hold).
function Flow() {
  const path = location.pathname
  const hook = path === '/registration' ? useRegistrationFlow : path === '/settings' ? useSettingsFlow : path === '/recovery' ? useRecoveryFlow : path === '/verification' ? useVerificationFlow : useLoginFlow
  const flow = hook()
  ;(window as any).flow = flow
  return (
    <>
      <p id="status">{flow.status}{flow.status === 'done' ? `:${flow.result.type}` : ''}{flow.status === 'redirecting' ? `:${flow.to}` : ''}</p>
      <FlowForm flow={flow} />
    </>
  )
}
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider baseUrl="http://localhost:24433" navigate={(url) => { (window as any).navigated = url }}>
        <Status />
        <Flow />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
)
