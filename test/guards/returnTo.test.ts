import { describe, expect, it } from 'vitest'
import { OrySessionError } from '../../src'
import { resolveReturnTo } from '../../src/kratos/returnTo'

// resolveReturnTo is internal; RequireAuth.test.tsx covers it through the guard. These rows pin the
// open-redirect table, which is too long to render one guard per row.
const here = 'https://app.example.com/settings?tab=1#top'

describe('resolveReturnTo', () => {
  it('defaults to the current URL with path, query and hash', () => {
    expect(resolveReturnTo(undefined, here)).toBe(here)
  })

  it.each([
    ['/billing', 'https://app.example.com/billing'],
    ['billing?x=1', 'https://app.example.com/billing?x=1'],
    ['https://app.example.com/a#b', 'https://app.example.com/a#b'],
    ['/%2F%2Fevil.example', 'https://app.example.com/%2F%2Fevil.example'],
    // Same scheme without slashes is a relative reference (WHATWG URL): it stays on this origin.
    ['https:evil.example', 'https://app.example.com/evil.example'],
  ])('accepts %s on this origin', (input, expected) => {
    expect(resolveReturnTo(input, here)).toBe(expected)
  })

  it.each([
    'https://evil.example/',
    'http://app.example.com/', // other scheme, other origin
    'https://app.example.com:8443/',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    'http:/evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' //evil.example',
    '/\t/evil.example',
    'https://app.example.com@evil.example/',
  ])('refuses %j', (input) => {
    let thrown: unknown
    try {
      resolveReturnTo(input, here)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(OrySessionError)
    expect((thrown as OrySessionError).kind).toBe('invalid_return_to')
  })
})
