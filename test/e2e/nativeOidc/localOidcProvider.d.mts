/**
 * Starts the local OpenID Connect provider (see localOidcProvider.mjs); `port` defaults to a free
 * one; `profile`: claims every account has besides `sub` and `email` (scope `profile`).
 */
export function startOidcProvider(options: { port?: number; redirectUri: string; profile?: Record<string, string> }): Promise<{ issuer: string; stop(): Promise<void> }>
