import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { prefetchSession, SessionProvider } from 'ory-session-react'
import { SessionDevtools } from 'ory-session-react/devtools'
import { prefetchFlow } from 'ory-session-react/flows'
import { App } from './App'
import { EARLY_FLOW, EARLY_WHOAMI, KRATOS_URL } from './config'
import { flowKinds } from './flows'
import { goTo } from './router'

const queryClient = new QueryClient()
const session = { baseUrl: KRATOS_URL }
// whoami starts now, while React renders (and, with index.html's preload link, already did while
// the HTML was parsed): the guard decides as soon as both are done, not one after the other.
if (EARLY_WHOAMI !== 'off') prefetchSession(queryClient, session)
// A flow page Kratos sent the browser to (`/login?flow=<id>`) reads its flow now too (and, with
// index.html's preload, already did): the form shows when both the JavaScript and Kratos's answer
// are there, not one after the other. Does nothing without ?flow=.
const flowKind = flowKinds[window.location.pathname]
if (flowKind && EARLY_FLOW !== 'off') prefetchFlow(flowKind, session)

/** The demo's own pages in-app (no reload, the session stays in memory); Kratos with a page load. */
function navigate(url: string) {
  const target = new URL(url, window.location.href)
  if (target.origin === window.location.origin) goTo(`${target.pathname}${target.search}${target.hash}`)
  else window.location.replace(target.href)
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider {...session} navigate={navigate}>
        <App />
        <SessionDevtools privilegedMaxAge={15 * 60} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
)
