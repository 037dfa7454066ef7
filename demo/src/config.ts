/** Kratos's public URL; the same host name as the demo (localhost), so cookies are same-site. */
export const KRATOS_URL = import.meta.env.VITE_ORY_URL ?? 'http://localhost:4433'
