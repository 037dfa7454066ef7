/** The code an authenticator app shows for `secret` (base32) at `at` (epoch ms, default now). */
export function totpCode(secret: string, at?: number): string
