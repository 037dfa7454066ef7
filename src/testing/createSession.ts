import type { Session, SessionDevice } from '@ory/client'

/** What {@link createSession} lets a test choose; everything else gets a realistic default. */
export interface CreateSessionOptions {
  /** @default 'aal1' (password only); `'aal2'` adds a TOTP method */
  aal?: 'aal1' | 'aal2'
  /** The identity's traits. @default { email: 'ada@example.com' } */
  traits?: Record<string, unknown>
  /** When the last factor was proven. @default now */
  authenticatedAt?: Date
  /** @default 24 hours after `authenticatedAt` */
  expiresAt?: Date
  /** @default one device: 127.0.0.1, a test user agent */
  devices?: SessionDevice[]
  /** @default a fixed uuid */
  id?: string
  /** @default `true`; Kratos answers 200 with `active: false` for ended sessions */
  active?: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A session shaped like the ones Kratos serialises (the fields whoami returns), for tests and
 * storybooks of components that read the session.
 *
 * @example
 * ```ts
 * import { createSession } from 'ory-session-react/testing'
 *
 * const session = createSession({ aal: 'aal2', traits: { email: 'grace@example.com' } })
 * session.authenticator_assurance_level // 'aal2'
 * ```
 */
export function createSession(options: CreateSessionOptions = {}): Session {
  const { aal = 'aal1', traits = { email: 'ada@example.com' }, authenticatedAt = new Date(), active = true } = options
  const at = authenticatedAt.toISOString()
  const id = options.id ?? '8f0a7c1e-2b3d-4e5f-9a6b-7c8d9e0f1a2b'
  return {
    id,
    active,
    expires_at: (options.expiresAt ?? new Date(authenticatedAt.getTime() + DAY_MS)).toISOString(),
    authenticated_at: at,
    issued_at: at,
    authenticator_assurance_level: aal,
    authentication_methods: [
      { method: 'password', aal: 'aal1', completed_at: at },
      ...(aal === 'aal2' ? [{ method: 'totp' as const, aal: 'aal2' as const, completed_at: at }] : []),
    ],
    identity: {
      id: '3f2a9b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      schema_id: 'default',
      schema_url: 'http://localhost:4433/schemas/ZGVmYXVsdA',
      state: 'active',
      traits,
      metadata_public: null,
      created_at: at,
      updated_at: at,
    },
    devices: options.devices ?? [{ id: `${id}-device`, ip_address: '127.0.0.1', user_agent: 'Mozilla/5.0 (test)', location: '' }],
  }
}
