/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// One config for the library build (`vite build`) and the unit tests (`vitest`).
// The demo has its own config in demo/vite.config.ts.
export default defineConfig({
  plugins: [react()],
  // Tests import the package by its published names, the way apps do (as in tsconfig's paths).
  resolve: {
    alias: [
      { find: /^ory-session-react\/testing\/msw$/, replacement: fileURLToPath(new URL('src/testing/msw.ts', import.meta.url)) },
      { find: /^ory-session-react\/testing$/, replacement: fileURLToPath(new URL('src/testing/index.ts', import.meta.url)) },
      { find: /^ory-session-react\/native$/, replacement: fileURLToPath(new URL('src/native/index.ts', import.meta.url)) },
      { find: /^ory-session-react\/locales\/de$/, replacement: fileURLToPath(new URL('src/locales/de.ts', import.meta.url)) },
      { find: /^ory-session-react\/flows$/, replacement: fileURLToPath(new URL('src/flows/index.ts', import.meta.url)) },
      { find: /^ory-session-react\/devtools$/, replacement: fileURLToPath(new URL('src/devtools/index.ts', import.meta.url)) },
      { find: /^ory-session-react$/, replacement: fileURLToPath(new URL('src/index.ts', import.meta.url)) },
    ],
  },
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        'devtools/index': 'src/devtools/index.ts',
        'native/index': 'src/native/index.ts',
        'flows/index': 'src/flows/index.ts',
        'locales/de': 'src/locales/de.ts',
        'testing/index': 'src/testing/index.ts',
        'testing/msw': 'src/testing/msw.ts',
      },
      formats: ['es'],
    },
    target: 'es2022',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^@ory\/client($|\/)/, /^msw($|\/)/],
    },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    // clockAhead first: it must move the clock before anything reads it (a no-op unless npm test's stage asks).
    setupFiles: ['test/clockAhead.ts', 'test/setup.ts'],
    restoreMocks: true,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.{ts,tsx}'],
      tsconfig: './tsconfig.json',
    },
  },
})
