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
})
