import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** Kratos's admin API (never exposed to the browser except through the dev server's Mailbox proxy). */
const KRATOS_ADMIN_URL = process.env.ORY_ADMIN_URL ?? 'http://localhost:4434'
/** Where the demo's Mailbox page reads from (see demo/src/pages/Mailbox.tsx). */
const MAILBOX_PATH = '/__mailbox'

// The demo uses the package from src/, exactly as an app would import it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      'ory-session-react/flows': fileURLToPath(new URL('../src/flows/index.ts', import.meta.url)),
      'ory-session-react/devtools': fileURLToPath(new URL('../src/devtools/index.ts', import.meta.url)),
      'ory-session-react': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
    },
  },
  // Kratos's CORS config and allowed_return_urls name these exact origins: never fall back to another port.
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: true,
    // Development only: the Mailbox page reads the e-mails Kratos queued (its admin API, which must
    // never face a browser in production). `vite build` has no server, and preview gets no proxy.
    proxy: {
      [MAILBOX_PATH]: { target: KRATOS_ADMIN_URL, rewrite: (path) => path.replace(MAILBOX_PATH, '/admin/courier/messages') },
    },
  },
  // Without `proxy: {}` vite preview would reuse server.proxy.
  preview: { host: 'localhost', port: 4173, strictPort: true, proxy: {} },
})
