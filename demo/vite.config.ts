import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig, loadEnv, type Plugin } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * `<link rel="preload" as="fetch" crossorigin="use-credentials">` for whoami at the top of the
 * page: the request starts while the HTML is parsed, and Chromium hands its answer to the SDK's
 * first whoami (one request; measured in docs/performance.md). Same URL as src/config.ts.
 */
function preloadWhoami(mode: string): Plugin {
  const env = loadEnv(mode, root, 'VITE_')
  const kratosUrl = env.VITE_ORY_URL ?? 'http://localhost:4433'
  return {
    name: 'demo:preload-whoami',
    // Not on the mobile test app's page (token mode: no cookie whoami).
    transformIndexHtml: (_html, { path }) =>
      !path.startsWith(MOBILE_PATH) && (env.VITE_EARLY_WHOAMI ?? 'preload') === 'preload'
        ? [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'use-credentials', href: new URL('sessions/whoami', `${kratosUrl.replace(/\/*$/, '')}/`).href }, injectTo: 'head-prepend' }]
        : [],
  }
}

/**
 * The flow page's read, started while the HTML is parsed: the flow id is in the page URL, so an
 * inline script (first in <head>) adds `<link rel="preload" as="fetch" crossorigin="use-credentials">`
 * for `<Kratos>/self-service/<kind>/flows?id=<id>` on the demo's five flow pages. Chromium hands its
 * answer to prefetchFlow's request in main.tsx (measured in docs/performance.md). Paths as in
 * src/flows/index.tsx's flowKinds.
 */
function preloadFlow(mode: string): Plugin {
  const env = loadEnv(mode, root, 'VITE_')
  const kratosUrl = `${(env.VITE_ORY_URL ?? 'http://localhost:4433').replace(/\/*$/, '')}/`
  const script = `(() => {
  const kind = location.pathname.slice(1), id = new URLSearchParams(location.search).get('flow')
  if (!id || !['login', 'registration', 'settings', 'recovery', 'verification'].includes(kind)) return
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'use-credentials' })
  link.href = ${JSON.stringify(kratosUrl)} + 'self-service/' + kind + '/flows?id=' + encodeURIComponent(id)
  document.head.append(link)
})()`
  return {
    name: 'demo:preload-flow',
    transformIndexHtml: (_html, { path }) => (!path.startsWith(MOBILE_PATH) && (env.VITE_EARLY_FLOW ?? 'preload') === 'preload' ? [{ tag: 'script', children: script, injectTo: 'head-prepend' }] : []),
  }
}

/** Kratos's admin API (never exposed to the browser except through the dev server's Mailbox proxy). */
const KRATOS_ADMIN_URL = process.env.ORY_ADMIN_URL ?? 'http://localhost:4434'
/** Where the demo's Mailbox page reads from (see demo/src/pages/Mailbox.tsx). */
const MAILBOX_PATH = '/__mailbox'

/**
 * The mobile test app (demo/mobile/index.html, demo/src/mobile/): Ory's mobile e2e cases drive it
 * (test/conformance/profiles/mobile). Development only: `vite build` builds index.html alone, so
 * the demo's bundle does not change. Its screens are paths under it (`/mobile/Login`…).
 */
const MOBILE_PATH = '/mobile/'
/**
 * The mobile test app's way to Kratos (its tokenTransport `fetch`): Kratos refuses an API flow
 * submitted with an `Origin` header (400, 4000001), which a browser adds to every POST and a phone's
 * HTTP stack does not. This proxy drops it, as CapacitorHttp or a native module would; cookies are
 * left alone (the SDK's `credentials: 'omit'` must keep them out, and Kratos still checks).
 */
const NATIVE_KRATOS_PATH = '/__native-kratos'

/** Serves demo/mobile/index.html for every screen path under /mobile/ (Vite's fallback is index.html). */
function mobileApp(): Plugin {
  return {
    name: 'demo:mobile-app',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const path = request.url?.split('?')[0] ?? ''
        if (path.startsWith(MOBILE_PATH) && !path.includes('.')) request.url = `${MOBILE_PATH}index.html`
        next()
      })
    },
  }
}

// The demo uses the package from src/, exactly as an app would import it.
export default defineConfig(({ mode }) => ({
  root,
  plugins: [react(), preloadWhoami(mode), preloadFlow(mode), mobileApp()],
  resolve: {
    alias: {
      'ory-session-react/flows': fileURLToPath(new URL('../src/flows/index.ts', import.meta.url)),
      'ory-session-react/locales/de': fileURLToPath(new URL('../src/locales/de.ts', import.meta.url)),
      'ory-session-react/native': fileURLToPath(new URL('../src/native/index.ts', import.meta.url)),
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
      [NATIVE_KRATOS_PATH]: {
        target: loadEnv(mode, root, 'VITE_').VITE_ORY_URL ?? 'http://localhost:4433',
        rewrite: (path) => path.replace(NATIVE_KRATOS_PATH, ''),
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
  // Without `proxy: {}` vite preview would reuse server.proxy.
  preview: { host: 'localhost', port: 4173, strictPort: true, proxy: {} },
}))
