import type { Identity, Session } from '@ory/client'
import { describe, expectTypeOf, it } from 'vitest'
import type { Register, SessionState, TypedIdentity, TypedSession } from '../../src'
import type { IdentityFor, SessionFor } from '../../src/session/register'

// A `declare module 'ory-session-react' { interface Register … }` here would retype every file of
// this type-check program (types.test-d.tsx, the demo, the tests), so the merge itself is checked
// in an isolated TypeScript program (identitySchemaToTs.test.ts). Here: the generic plumbing the
// merge feeds, and that nothing changes while nothing is registered.

interface AppTypes {
  traits: { email: string; name?: { first: string }; tier: 'free' | 'pro' }
  metadataPublic: { plan: 'team' | 'solo' }
}

describe('typed identities', () => {
  it('nothing registered: exactly @ory/client Identity and Session, traits any', () => {
    expectTypeOf<keyof Register>().toEqualTypeOf<never>()
    expectTypeOf<TypedIdentity>().toEqualTypeOf<Identity>()
    expectTypeOf<TypedSession>().toEqualTypeOf<Session>()
    expectTypeOf<TypedIdentity['traits']>().toBeAny()
  })

  it('registered traits and metadataPublic type identity and session.identity', () => {
    type Typed = IdentityFor<AppTypes>
    expectTypeOf<Typed['traits']['email']>().toEqualTypeOf<string>()
    expectTypeOf<Typed['traits']['name']>().toEqualTypeOf<{ first: string } | undefined>()
    expectTypeOf<Typed['traits']['tier']>().toEqualTypeOf<'free' | 'pro'>()
    expectTypeOf<NonNullable<Typed['metadata_public']>['plan']>().toEqualTypeOf<'team' | 'solo'>()
    expectTypeOf<NonNullable<SessionFor<AppTypes>['identity']>>().toEqualTypeOf<Typed>()
    // The rest of Identity is untouched.
    expectTypeOf<Typed['id']>().toEqualTypeOf<string>()
    expectTypeOf<Typed['verifiable_addresses']>().toEqualTypeOf<Identity['verifiable_addresses']>()
  })

  it('only traits registered: metadata_public stays as @ory/client has it', () => {
    type Typed = IdentityFor<{ traits: { email: string } }>
    expectTypeOf<Typed['metadata_public']>().toEqualTypeOf<object | null | undefined>()
  })

  it('a typed session still goes wherever @ory/client expects a Session', () => {
    expectTypeOf<SessionFor<AppTypes>>().toExtend<Session>()
    expectTypeOf<IdentityFor<AppTypes>>().toExtend<Identity>()
  })

  it('useSession narrows to the registered session type', () => {
    const state = {} as SessionState
    if (state.status === 'authenticated') {
      expectTypeOf(state.session).toEqualTypeOf<TypedSession>()
      expectTypeOf(state.identity).toEqualTypeOf<TypedIdentity | null>()
    }
  })
})
