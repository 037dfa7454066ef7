import type { Identity, Session } from '@ory/client'

/**
 * Declare your identity schema's types here, once, by declaration merging; every hook then types
 * `identity.traits` (and `metadata_public`) accordingly. Without it they stay as @ory/client has
 * them (`any`). `scripts/identity-schema-to-ts.mjs` writes this declaration from Kratos's
 * identity JSON schema.
 *
 * @example
 * ```ts
 * declare module 'ory-session-react' {
 *   interface Register {
 *     traits: { email: string; name?: { first?: string; last?: string } }
 *     metadataPublic: { plan: 'free' | 'pro' }
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface Register {}

/**
 * `Identity` for a given set of identity types (`{ traits?, metadataPublic? }`): @ory/client's own
 * `Identity`, unchanged, when the set is empty. Generic so that type tests can check the typing
 * without a global declaration merge (which would retype every file of the program).
 */
export type IdentityFor<Types> = [keyof Types] extends [never]
  ? Identity
  : Omit<Identity, 'traits' | 'metadata_public'> & {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      traits: Types extends { traits: infer Traits } ? Traits : any
      metadata_public?: (Types extends { metadataPublic: infer Metadata } ? Metadata : object) | null
    }

/** `Session` whose identity is {@link IdentityFor}`<Types>`; @ory/client's `Session` for an empty set. */
export type SessionFor<Types> = [keyof Types] extends [never] ? Session : Omit<Session, 'identity'> & { identity?: IdentityFor<Types> }

/** The app's traits type, from {@link Register}; `any` when none is registered (as in @ory/client). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredTraits = Register extends { traits: infer Traits } ? Traits : any

/** The app's `metadata_public` type, from {@link Register}. */
export type RegisteredMetadataPublic = Register extends { metadataPublic: infer Metadata } ? Metadata : Exclude<Identity['metadata_public'], undefined>

/** @ory/client's `Identity` with the registered traits and public metadata (exactly `Identity` when nothing is registered). */
export type TypedIdentity = IdentityFor<Register>

/** @ory/client's `Session` whose identity has the registered types (exactly `Session` when nothing is registered). */
export type TypedSession = SessionFor<Register>
