import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider as ReactRouterProvider, useLoaderData, useRouteError } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { Session } from '@ory/client'
import { activeSession } from '../fixtures'
import { HttpResponse, type JsonBodyType } from 'msw'
import { aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { aal1SessionPasswordOnly, aal1SessionWithTotp, aal2Flows } from '../fixtures/aal2'
import { OrySessionError } from '../../src'
import { newQueryClient } from '../render'
import { requireSession } from './routerRecipe'

const config = { baseUrl: KRATOS_URL, retry: 0 }
// As docs/routers.md shows: second_factor_missing links to the settings instead of an error text.
const ErrorMessage = ({ error }: { error: unknown }) =>
  error instanceof OrySessionError && error.kind === 'second_factor_missing' ? (
    <a href="/settings">Set up a second factor</a>
  ) : (
    <p role="alert">{error instanceof Error ? error.message : 'error'}</p>
  )

function tanstackApp(leave: (url: string) => void) {
  const queryClient = newQueryClient()
  const rootRoute = createRootRoute()
  const billing = createRoute({
    getParentRoute: () => rootRoute,
    path: '/billing',
    beforeLoad: async ({ location }) => ({
      session: await requireSession(queryClient, { ...config, aal: 'aal2', returnTo: location.href }, leave),
    }),
    component: function Billing() {
      return <p>billing for {billing.useRouteContext().session.id}</p>
    },
    errorComponent: ErrorMessage,
  })
  const history = createMemoryHistory({ initialEntries: ['/billing?tab=invoices'] })
  const router = createRouter({ routeTree: rootRoute.addChildren([billing]), history })
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

function reactRouterApp(leave: (url: string) => void) {
  const queryClient = newQueryClient()
  function Billing() {
    return <p>billing for {useLoaderData<Session>().id}</p>
  }
  function RouteError() {
    return <ErrorMessage error={useRouteError()} />
  }
  const router = createMemoryRouter(
    [{ path: '/billing', loader: ({ request }) => {
        // The path, not request.url: a memory router's requests carry http://localhost as origin.
        const { pathname, search } = new URL(request.url)
        return requireSession(queryClient, { ...config, aal: 'aal2', returnTo: pathname + search }, leave)
      }, Component: Billing, ErrorBoundary: RouteError }],
    { initialEntries: ['/billing?tab=invoices'] },
  )
  render(<ReactRouterProvider router={router} />)
}

describe.each([
  ['TanStack Router beforeLoad', tanstackApp],
  ['React Router loader', reactRouterApp],
])('%s with ensureSession', (_, app) => {
  it('renders the route for an aal2 session, with one whoami request', async () => {
    whoami(answers.session(activeSession({ authenticator_assurance_level: 'aal2' })))
    const leave = vi.fn()
    app(leave)
    expect(await screen.findByText(`billing for ${activeSession().id}`)).toBeTruthy()
    expect(leave).not.toHaveBeenCalled()
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('an aal1 session leaves once for the second-factor step, returning to the route it asked for', async () => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp))
    const leave = vi.fn()
    app(leave)
    await vi.waitFor(() => expect(leave).toHaveBeenCalledTimes(1))
    const url = new URL(leave.mock.calls[0]![0] as string)
    expect(url.origin + url.pathname).toBe(`${KRATOS_URL}/self-service/login/browser`)
    expect(url.searchParams.get('aal')).toBe('aal2')
    expect(new URL(url.searchParams.get('return_to')!).pathname + new URL(url.searchParams.get('return_to')!).search).toBe('/billing?tab=invoices')
    expect(screen.queryByText(/billing for/)).toBeNull()
  })

  it('no second factor → the route error component links to the settings, no redirect', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.passwordOnly as JsonBodyType))
    const leave = vi.fn()
    app(leave)
    expect((await screen.findByRole('link', { name: 'Set up a second factor' })).getAttribute('href')).toBe('/settings')
    expect(leave).not.toHaveBeenCalled()
    expect(countRequests('/self-service/login/browser')).toBe(1)
  })

  it('Kratos down → the route error component, no redirect', async () => {
    whoami(answers.networkError())
    const leave = vi.fn()
    app(leave)
    expect((await screen.findByRole('alert')).textContent).toContain('Kratos could not be reached')
    expect(leave).not.toHaveBeenCalled()
  })
})
