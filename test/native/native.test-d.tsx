import { Configuration, FrontendApi } from '@ory/client'
import { describe, expectTypeOf, it } from 'vitest'
import { RequireAuth, SessionProvider, type LoginRequired, type OrySessionErrorKind } from '../../src'
import {
  memoryStorage,
  tokenTransport,
  useSocialSignIn,
  useTokenSignIn,
  type OpenAuthSession,
  type TokenSignInOutcome,
  type TokenStorage,
} from '../../src/native'

// The TSDoc examples of src/native (and the README's Expo adapter), so they keep compiling.
// expo-secure-store is not a dependency: its three functions are declared with their real signatures.
declare const SecureStore: {
  AFTER_FIRST_UNLOCK: number
  getItemAsync(key: string, options?: { keychainAccessible?: number }): Promise<string | null>
  setItemAsync(key: string, value: string, options?: { keychainAccessible?: number }): Promise<void>
  deleteItemAsync(key: string, options?: { keychainAccessible?: number }): Promise<void>
}
declare const WebBrowser: { openAuthSessionAsync(url: string, redirectUrl: string): Promise<{ type: 'success'; url: string } | { type: 'cancel' | 'dismiss' }> }

const options = { keychainAccessible: SecureStore.AFTER_FIRST_UNLOCK }
export const secureStorage: TokenStorage = {
  getItem: (key) => SecureStore.getItemAsync(key, options),
  setItem: (key, value) => SecureStore.setItemAsync(key, value, options),
  removeItem: (key) => SecureStore.deleteItemAsync(key, options),
}

const transport = tokenTransport({ storage: memoryStorage(), loginScreen: (required) => <p>Please sign in ({required.reason})</p> })

export function App({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider baseUrl="https://auth.example.com" transport={transport}>
      <RequireAuth>{children}</RequireAuth>
    </SessionProvider>
  )
}

export const Root = () => <SessionProvider baseUrl="https://auth.example.com" transport={tokenTransport({ storage: memoryStorage() })} />

export function useSubmitPassword(flowAction: string) {
  const signIn = useTokenSignIn()
  return async (identifier: string, password: string) => {
    const response = await fetch(flowAction, {
      method: 'POST',
      credentials: 'omit',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'password', identifier, password }),
    })
    if (response.ok) return signIn(await response.json())
    return null
  }
}

export function GoogleButton() {
  const { signIn, isPending } = useSocialSignIn({
    returnTo: 'myapp://auth/callback',
    openAuthSession: async (url, returnTo) => {
      const result = await WebBrowser.openAuthSessionAsync(url, returnTo)
      return result.type === 'success' ? result.url : null
    },
  })
  return <button disabled={isPending} onClick={() => void signIn('google')}>Continue with Google</button>
}

describe('token mode types', () => {
  it('a provider takes a FrontendApi (cookie mode) or a transport (token mode), never both', () => {
    const client = new FrontendApi(new Configuration({ basePath: 'https://auth.example.com' }))
    // @ts-expect-error client and transport together: the FrontendApi would bypass the token
    void (<SessionProvider baseUrl="https://auth.example.com" client={client} transport={transport} />)
    void (<SessionProvider baseUrl="https://auth.example.com" client={client} />)
  })

  it('storage is sync or async; a store returning numbers is refused', () => {
    expectTypeOf(memoryStorage()).toMatchTypeOf<TokenStorage>()
    expectTypeOf(localStorage).toMatchTypeOf<TokenStorage>()
    // @ts-expect-error getItem must give a string or nothing
    tokenTransport({ storage: { getItem: () => 1, setItem: () => {}, removeItem: () => {} } })
  })

  it('outcomes, reasons and kinds are closed unions', () => {
    expectTypeOf<TokenSignInOutcome>().toEqualTypeOf<'authenticated' | 'aal2_required' | 'unauthenticated'>()
    expectTypeOf<LoginRequired['reason']>().toEqualTypeOf<'signed_out' | 'aal2_required' | 'aal_too_low' | 'too_old'>()
    expectTypeOf<'storage'>().toMatchTypeOf<OrySessionErrorKind>()
    expectTypeOf(transport.mode).toEqualTypeOf<'token'>()
    expectTypeOf<OpenAuthSession>().returns.toEqualTypeOf<Promise<string | null | undefined>>()
  })
})
