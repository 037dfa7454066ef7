import type { Identity, Session } from '@ory/client'
import { describe, expectTypeOf, it } from 'vitest'
import { createKratosErrorHandler, offersSecondFactor, RequireAuth, useSession, type OrySessionError, type OrySessionErrorKind, type SessionState } from '../src'

describe('public types', () => {
  it('narrowing on status gives a Session for authenticated', () => {
    const state = {} as SessionState
    if (state.status === 'authenticated') {
      // Without a Register declaration: exactly @ory/client's types (see typedIdentity.test-d.tsx).
      expectTypeOf(state.session).toEqualTypeOf<Session>()
      expectTypeOf(state.identity).toEqualTypeOf<Identity | null>()
      expectTypeOf(state.identity!.traits).toBeAny()
      expectTypeOf(state.isAuthenticated).toEqualTypeOf<true>()
    } else {
      expectTypeOf(state.session).toEqualTypeOf<null>()
    }
    if (state.status === 'error') expectTypeOf(state.error).toEqualTypeOf<OrySessionError>()
    if (state.status === 'loading') expectTypeOf(state.error).toEqualTypeOf<null>()
    if (state.status === 'aal2_required') expectTypeOf(state.aal).toEqualTypeOf<'aal1'>()
  })

  it('status is a closed union', () => {
    expectTypeOf<SessionState['status']>().toEqualTypeOf<
      'loading' | 'authenticated' | 'unauthenticated' | 'aal2_required' | 'error'
    >()
    expectTypeOf(useSession()).toEqualTypeOf<SessionState>()
    expectTypeOf(useSession({ select: (s) => s.status })).toEqualTypeOf<SessionState['status']>()
    expectTypeOf(useSession({ select: (s) => (s.status === 'authenticated' ? s.session.id : null) })).toEqualTypeOf<string | null>()
  })

  it('wrong use of the guard fails to compile', () => {
    // @ts-expect-error aal3 is not a level a guard can ask Kratos for
    void (<RequireAuth aal="aal3" />)
    // @ts-expect-error maxAge is seconds, a number
    void (<RequireAuth maxAge="5m" />)
    // @ts-expect-error settingsUrl is a URL string, not a component
    void (<RequireAuth aal="aal2" settingsUrl={() => '/settings'} />)
  })

  it('the second-factor additions', () => {
    void (<RequireAuth aal="aal2" settingsUrl="/settings" secondFactorFallback={<a href="/settings">Set one up</a>} />)
    expectTypeOf(createKratosErrorHandler({ baseUrl: 'https://auth.example.com' })).toEqualTypeOf<(error: unknown) => Promise<boolean>>()
    expectTypeOf<OrySessionErrorKind>().extract<'second_factor_missing'>().toEqualTypeOf<'second_factor_missing'>()
    expectTypeOf(offersSecondFactor).returns.toEqualTypeOf<boolean>()
  })
})
