// The few parts of panva's oidc-provider (8.x, plain JavaScript without types) that the
// conformance suite's OpenID provider uses (see provider.ts).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  type Awaitable<T> = T | Promise<T>

  export interface OidcContext {
    oidc: {
      session: { accountId?: string; transient?: boolean; grantIdFor(clientId: string): string | undefined }
      client: { clientId: string }
      params: Record<string, string | undefined>
      account?: { accountId: string }
      result?: { login?: unknown; consent?: { grantId?: string } }
      grant?: { jti: string }
    }
  }

  export class Check {
    static readonly REQUEST_PROMPT: true
    static readonly NO_NEED_TO_PROMPT: false
    constructor(reason: string, description: string, check: (ctx: OidcContext) => Awaitable<boolean>)
  }

  export interface Prompt {
    readonly name: string
    readonly checks: Check[] & { add(check: Check, index?: number): void }
  }

  export const interactionPolicy: {
    Check: typeof Check
    base(): Prompt[] & { get(name: string): Prompt | undefined }
  }

  export interface Grant {
    readonly jti: string
    readonly accountId: string
    readonly clientId: string
    addOIDCScope(scope: string): void
    rejectOIDCScope(scope: string): void
    save(): Promise<string>
  }

  export interface Interaction {
    readonly uid: string
    readonly prompt: { name: 'login' | 'consent' | string; details: Record<string, unknown> }
    readonly params: Record<string, string | undefined>
    readonly session?: { accountId?: string }
    readonly grantId?: string
  }

  export interface InteractionResult {
    login?: { accountId: string; remember?: boolean }
    consent?: { grantId: string }
    error?: string
    error_description?: string
  }

  export interface ClaimsSource {
    accountId: string
    claims(use: string, scope: string): Awaitable<Record<string, unknown>>
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>)
    readonly Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> }
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResult, options?: { mergeWithLastSubmission?: boolean }): Promise<void>
  }
}
