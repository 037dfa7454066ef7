// @vitest-environment node
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

describe('server rendering', () => {
  it('imports without window or document and renders the loading state', async () => {
    expect(typeof window).toBe('undefined')
    const { SessionProvider, RequireAuth } = await import('../../src')
    const html = renderToString(
      createElement(SessionProvider, {
        baseUrl: 'https://auth.example.com',
        children: createElement(RequireAuth, { fallback: 'checking', children: 'secret' }),
      }),
    )
    expect(html).toBe('checking')
  })

  it('prefetchSession does nothing on a server: no request, nothing cached as "signed out"', async () => {
    const { QueryClient } = await import('@tanstack/react-query')
    const { prefetchSession, sessionQueryOptions } = await import('../../src')
    const queryClient = new QueryClient()
    const fetched: unknown[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = ((...args: unknown[]) => {
      fetched.push(args)
      return Promise.reject(new Error('no network in this test'))
    }) as typeof fetch
    try {
      prefetchSession(queryClient, { baseUrl: 'https://auth.example.com' })
      await new Promise((resolve) => setTimeout(resolve, 10))
    } finally {
      globalThis.fetch = realFetch
    }
    expect(fetched).toEqual([])
    expect(queryClient.getQueryState(sessionQueryOptions({ baseUrl: 'https://auth.example.com' }).queryKey)).toBeUndefined()
  })
})
