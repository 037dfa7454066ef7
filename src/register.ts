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

/** The app's traits type, from {@link Register}; `any` when none is registered (as in @ory/client). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredTraits = Register extends { traits: infer Traits } ? Traits : any

/** The app's `metadata_public` type, from {@link Register}. */
export type RegisteredMetadataPublic = Register extends { metadataPublic: infer Metadata } ? Metadata : Exclude<Identity['metadata_public'], undefined>

/** @ory/client's `Identity` with the registered traits and public metadata. */
export type TypedIdentity = Omit<Identity, 'traits' | 'metadata_public'> & {
  traits: RegisteredTraits
  metadata_public?: RegisteredMetadataPublic | null
}

/** @ory/client's `Session` whose identity has the registered types. */
export type TypedSession = Omit<Session, 'identity'> & { identity?: TypedIdentity }
