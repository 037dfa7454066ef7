/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Kratos's public URL. Default: http://localhost:4433 */
  readonly VITE_ORY_URL?: string
}
