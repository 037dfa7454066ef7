/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vite'
import base from './vite.config.js'

// The behaviour tests again, on React 18.3 (a declared peer): `npx vitest run --config vitest.react18.config.ts`
// (stage 3 of `npm test`). React 18 and every package the tests use that imports React come from
// test/react18/node_modules (`npm ci --prefix test/react18`); the aliases send the SDK's and the tests'
// imports there, and those packages, loaded from there, find React 18 next to them. Nothing else changes:
// same tests (all but the two files below that never load React), same setup, <StrictMode>, MSW. Type tests (*.test-d.tsx) run once, in the main config:
// the types are @types/react 19's.
const react18 = (name: string) => fileURLToPath(new URL(`test/react18/node_modules/${name}`, import.meta.url))

export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react(-dom)?(\/.*)?$/, replacement: `${react18('react')}$1$2` },
        ...['@tanstack/react-query', '@tanstack/react-router', '@testing-library/react', '@testing-library/dom', 'react-router'].map((name) => ({
          find: new RegExp(`^${name.replace('/', '\\/')}$`),
          replacement: react18(name),
        })),
      ],
    },
    test: {
      name: 'react18',
      setupFiles: ['test/react18/setup.ts'],
      // The only test files that never load React: the identity-schema → TypeScript generator,
      // the README check and the demo's production-build check. Every other behaviour test runs on React 18 too.
      exclude: ['**/node_modules/**', 'test/session/identitySchemaToTs.test.ts', 'test/package/**', 'test/demo/**'],
      typecheck: { enabled: false },
    },
  }),
)
