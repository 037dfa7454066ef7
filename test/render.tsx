import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { vi } from 'vitest'
import { SessionProvider, type SessionProviderProps } from '../src'
import { KRATOS_URL } from './kratos'

/** A fresh QueryClient per test, so no answer leaks from one test to the next. */
export function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

export interface Rendered extends RenderResult {
  navigate: ReturnType<typeof vi.fn<(url: string) => void>>
  queryClient: QueryClient
}

/**
 * Renders `ui` inside `<StrictMode>` (double effects on purpose), an app QueryClientProvider and a
 * SessionProvider pointed at the MSW Kratos, with a spy `navigate` and no retries by default.
 */
export function renderWithSession(ui: ReactNode, props: Partial<SessionProviderProps> = {}): Rendered {
  const navigate = vi.fn<(url: string) => void>()
  const queryClient = newQueryClient()
  const result = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider baseUrl={KRATOS_URL} navigate={navigate} retry={0} {...props}>
          {ui}
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  return { ...result, navigate, queryClient }
}
