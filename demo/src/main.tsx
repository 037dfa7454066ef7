import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { prefetchSession, SessionProvider } from 'ory-session-react'
import { SessionDevtools } from 'ory-session-react/devtools'
import { App } from './App'
import { EARLY_WHOAMI, KRATOS_URL } from './config'

const queryClient = new QueryClient()
const session = { baseUrl: KRATOS_URL }
// whoami starts now, while React renders (and, with index.html's preload link, already did while
// the HTML was parsed): the guard decides as soon as both are done, not one after the other.
if (EARLY_WHOAMI !== 'off') prefetchSession(queryClient, session)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider {...session}>
        <App />
        <SessionDevtools privilegedMaxAge={15 * 60} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
)
