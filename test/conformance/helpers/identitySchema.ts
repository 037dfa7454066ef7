import { ensureKratosE2eDir } from '../kratosModule'
import type { Overlay } from '../profileConfig'

/**
 * Ory's `cy.setIdentitySchema`: the identity schemas Kratos knows, by id, as paths under the
 * module's test/e2e (made absolute), and which one new identities get.
 */
export function identitySchemas(defaultId: string, schemas: Record<string, string>): Overlay {
  const e2e = ensureKratosE2eDir()
  return {
    identity: {
      default_schema_id: defaultId,
      schemas: Object.entries(schemas).map(([id, path]) => ({ id, url: `file://${e2e}/${path}` })),
    },
  }
}
