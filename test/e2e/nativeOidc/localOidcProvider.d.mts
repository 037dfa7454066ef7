/** Starts the local OpenID Connect provider (see localOidcProvider.mjs); `port` defaults to a free one. */
export function startOidcProvider(options: { port?: number; redirectUri: string }): Promise<{ issuer: string; stop(): Promise<void> }>
