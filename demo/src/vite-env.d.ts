/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Kratos's public URL. Default: http://localhost:4433 */
  readonly VITE_ORY_URL?: string
  /** How early whoami starts: `preload` (default), `prefetch` or `off`; see src/config.ts. */
  readonly VITE_EARLY_WHOAMI?: 'preload' | 'prefetch' | 'off'
}
