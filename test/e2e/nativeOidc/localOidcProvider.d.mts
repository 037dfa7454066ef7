/** Starts the local OpenID Connect provider (see localOidcProvider.mjs). */
export function startOidcProvider(options: { port: number; redirectUri: string }): Promise<{ issuer: string; stop(): Promise<void> }>
