import { describe, expect, it } from 'vitest'
import { loginUrl, OrySessionError } from '../../src'

describe('loginUrl', () => {
  it('builds the browser login flow URL with return_to', () => {
    expect(loginUrl('https://auth.example.com', { returnTo: 'https://app.example.com/a?b=1#c' })).toBe(
      'https://auth.example.com/self-service/login/browser?return_to=https%3A%2F%2Fapp.example.com%2Fa%3Fb%3D1%23c',
    )
  })

  it('asks for the second factor with aal=aal2 and for re-authentication with refresh=true', () => {
    const url = new URL(loginUrl('https://auth.example.com', { aal: 'aal2', refresh: true }))
    expect(url.searchParams.get('aal')).toBe('aal2')
    expect(url.searchParams.get('refresh')).toBe('true')
  })

  it('keeps a path prefix of the base URL (Ory tunnel or proxy)', () => {
    expect(loginUrl('http://localhost:4000/.ory')).toBe('http://localhost:4000/.ory/self-service/login/browser')
    expect(loginUrl('http://localhost:4000/.ory/')).toBe('http://localhost:4000/.ory/self-service/login/browser')
  })

  it.each(['/relative', 'auth.example.com', 'ftp://auth.example.com', ''])('refuses the base URL %j with a config error', (baseUrl) => {
    expect(() => loginUrl(baseUrl)).toThrow(OrySessionError)
    try {
      loginUrl(baseUrl)
    } catch (error) {
      expect((error as OrySessionError).kind).toBe('config')
    }
  })
})
