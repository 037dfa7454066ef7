import type { ConformanceKratos } from '../fixtures'
import { latestMail } from './mail'

/**
 * Creates an identity with a password through Kratos's API registration flow, no browser involved
 * (Ory's `cy.registerApi`). `traits` are extra traits (e.g. `{ website: 'https://www.ory.sh/' }`).
 */
export async function registerApi(kratos: ConformanceKratos, { email, password, traits = {} }: { email: string; password: string; traits?: Record<string, unknown> }): Promise<{ identityId: string }> {
  const init = await fetch(`${kratos.publicUrl}/self-service/registration/api`)
  const flow = (await init.json()) as { id: string }
  const response = await fetch(`${kratos.publicUrl}/self-service/registration?flow=${flow.id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ method: 'password', password, traits: { email, ...traits } }),
  })
  const body = (await response.json()) as { identity?: { id: string } }
  if (!response.ok || !body.identity) throw new Error(`API registration of ${email} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`)
  return { identityId: body.identity.id }
}

/**
 * Creates an identity with a one-time code through Kratos's API registration flow (Ory's
 * `cy.registerWithCode`): the traits are sent, the code Kratos e-mails to `email` is read from the
 * courier and sent back. `traits` are extra traits (e.g. `{ tos: true }`).
 */
export async function registerWithCode(kratos: ConformanceKratos, { email, traits = {} }: { email: string; traits?: Record<string, unknown> }): Promise<{ identityId: string }> {
  const init = await fetch(`${kratos.publicUrl}/self-service/registration/api`)
  const flow = (await init.json()) as { id: string }
  const send = (extra: Record<string, string>) =>
    fetch(`${kratos.publicUrl}/self-service/registration?flow=${flow.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ method: 'code', traits: { email, ...traits }, ...extra }),
    })
  const first = await send({})
  if (first.status !== 400 && !first.ok) throw new Error(`API code registration of ${email} answered ${first.status}: ${(await first.text()).slice(0, 500)}`)
  const { code } = await latestMail(kratos, email, { template: 'registration_code_valid' })
  const response = await send({ code: code as string })
  const body = (await response.json()) as { identity?: { id: string } }
  if (!response.ok || !body.identity) throw new Error(`API code registration of ${email} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`)
  return { identityId: body.identity.id }
}

/**
 * Creates an identity of `schemaId` with a password through the admin API (the `identity` fixture
 * of Ory's Playwright specs, which use schema `email`).
 */
export async function createIdentity(kratos: ConformanceKratos, { email, password, schemaId = 'email', traits = {} }: { email: string; password: string; schemaId?: string; traits?: Record<string, unknown> }): Promise<{ identityId: string }> {
  const response = await fetch(`${kratos.adminUrl}/admin/identities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ schema_id: schemaId, traits: { email, website: 'https://www.example.org/', ...traits }, credentials: { password: { config: { password } } } }),
  })
  const body = (await response.json()) as { id?: string }
  if (response.status !== 201 || !body.id) throw new Error(`creating ${email} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`)
  return { identityId: body.id }
}
