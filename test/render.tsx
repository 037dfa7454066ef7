import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, type RenderResult } from '@testing-library/react'
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

// Moves the fake clock, then lets React settle once more without moving it: React 18 commits what a
// settled request causes one act turn later than React 19 does (vitest.react18.config.ts), so a
// test that checks the page at a given time must not depend on that turn. No time passes in it.
export async function advanceAndSettle(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
  await act(() => vi.advanceTimersByTimeAsync(0))
}
