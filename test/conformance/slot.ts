// Ports of one conformance slot (CONFORMANCE_SLOT=n, default 0), so several runs (one per helper,
// or profiles in parallel) never meet each other nor the main e2e suite (5173/4433/4434).
//   demo (vite dev) 5300+n · Kratos public 4600+10n · admin 4601+10n · 4602+10n..4609+10n extras
export const SLOT = Number(process.env.CONFORMANCE_SLOT ?? 0)
if (!Number.isInteger(SLOT) || SLOT < 0 || SLOT > 99) throw new Error(`CONFORMANCE_SLOT must be 0..99, not ${process.env.CONFORMANCE_SLOT}`)

export const DEMO_PORT = 5300 + SLOT
export const KRATOS_PUBLIC_PORT = 4600 + 10 * SLOT
export const KRATOS_ADMIN_PORT = 4601 + 10 * SLOT
/** The slot's port for an extra server (an OpenID provider, a webhook receiver…): index 0..7. */
export function extraPort(index: number): number {
  if (!Number.isInteger(index) || index < 0 || index > 7) throw new Error(`extra port index ${index} is outside 0..7`)
  return 4602 + 10 * SLOT + index
}

// "localhost" for both, never 127.0.0.1: cookies are host-scoped, so demo and Kratos are same-site.
export const DEMO_URL = `http://localhost:${DEMO_PORT}`
export const KRATOS_PUBLIC_URL = `http://localhost:${KRATOS_PUBLIC_PORT}`
export const KRATOS_ADMIN_URL = `http://localhost:${KRATOS_ADMIN_PORT}`
