import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SessionProvider } from 'ory-session-react'
import { SessionDevtools } from 'ory-session-react/devtools'
import { App } from './App'
import { KRATOS_URL } from './config'
import { goTo } from './router'

const queryClient = new QueryClient()

/** The demo's own pages in-app (no reload, the session stays in memory); Kratos with a page load. */
function navigate(url: string) {
  const target = new URL(url, window.location.href)
  if (target.origin === window.location.origin) goTo(`${target.pathname}${target.search}${target.hash}`)
  else window.location.replace(target.href)
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider baseUrl={KRATOS_URL} navigate={navigate}>
        <App />
        <SessionDevtools privilegedMaxAge={15 * 60} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
)
