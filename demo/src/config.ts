/** Kratos's public URL; the same host name as the demo (localhost), so cookies are same-site. */
export const KRATOS_URL = import.meta.env.VITE_ORY_URL ?? 'http://localhost:4433'

/**
 * How early whoami starts: `preload` (default: a `<link rel="preload">` in index.html, see
 * vite.config.ts, and `prefetchSession` in main.tsx), `prefetch` (main.tsx only) or `off` (when the
 * provider mounts). Only the browser bench changes it, to measure the difference.
 */
export const EARLY_WHOAMI = import.meta.env.VITE_EARLY_WHOAMI ?? 'preload'

/**
 * How early a flow page opened with `?flow=<id>` reads that flow: `preload` (default: an inline
 * script in index.html adds a `<link rel="preload">` for it, see vite.config.ts, and `prefetchFlow`
 * in main.tsx), `prefetch` (main.tsx only) or `off` (when the flow hook mounts). Only the browser
 * bench changes it, to measure the difference.
 */
export const EARLY_FLOW = import.meta.env.VITE_EARLY_FLOW ?? 'preload'
