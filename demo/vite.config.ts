import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

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
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
})
