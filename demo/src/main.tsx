import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SessionProvider } from 'ory-session-react'
import { SessionDevtools } from 'ory-session-react/devtools'
import { App } from './App'
import { KRATOS_URL } from './config'

const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider baseUrl={KRATOS_URL}>
        <App />
        <SessionDevtools privilegedMaxAge={15 * 60} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
)
