#!/usr/bin/env node
// `npm pack` gives a package another app can install and use: pack it, install the tarball into
// a scratch app next to React and react-query, and server-render a guard from the installed copy.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './lib/size.mjs'

const app = mkdtempSync(join(tmpdir(), 'ory-session-react-app-'))
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', app], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  const tarball = readdirSync(app).find((file) => file.endsWith('.tgz'))
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }))
  const version = (name) => JSON.parse(execFileSync('node', ['-p', `JSON.stringify(require('${name}/package.json').version)`], { cwd: ROOT, encoding: 'utf8' }))
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, `react@${version('react')}`, `react-dom@${version('react-dom')}`, `@tanstack/react-query@${version('@tanstack/react-query')}`],
    { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  writeFileSync(
    join(app, 'render.mjs'),
    `import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { RequireAuth, SessionProvider, loginUrl } from 'ory-session-react'
const html = renderToString(h(SessionProvider, { baseUrl: 'https://auth.example.com' }, h(RequireAuth, { fallback: 'checking' }, 'secret')))
if (html !== 'checking') throw new Error('unexpected render: ' + html)
if (!loginUrl('https://auth.example.com', { aal: 'aal2' }).endsWith('/self-service/login/browser?aal=aal2')) throw new Error('loginUrl')
console.log('installed package renders:', html)
`,
  )
  execFileSync('node', ['render.mjs'], { cwd: app, stdio: 'inherit' })
} finally {
  rmSync(app, { recursive: true, force: true })
}
