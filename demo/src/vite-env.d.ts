/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Kratos's public URL. Default: http://localhost:4433 */
  readonly VITE_ORY_URL?: string
  /** How early whoami starts: `preload` (default), `prefetch` or `off`; see src/config.ts. */
  readonly VITE_EARLY_WHOAMI?: 'preload' | 'prefetch' | 'off'
  /** How early a flow page (`/login?flow=<id>` …) reads its flow: `preload` (default), `prefetch` or `off`; see src/config.ts. */
  readonly VITE_EARLY_FLOW?: 'preload' | 'prefetch' | 'off'
}
