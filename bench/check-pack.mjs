#!/usr/bin/env node
// The package as people get it, checked in scratch apps outside the repository:
//   node bench/check-pack.mjs
// 1. `npm pack` of this checkout, installed the way the README's "Install" section says (its
//    `npm install` line, read from README.md, next to the app's own React): it server-renders a
//    guard, and its types are real — a scratch app that uses the API correctly compiles and one that
//    uses it wrongly fails on exactly the marked lines, with `skipLibCheck` true (Vite's template)
//    and false. Types that silently became `any` (a missing @ory/client) fail the wrong-use check;
//    types that do not resolve (TS2307) fail both.
// 2. A clean clone of the current commit (what CI and `npm install <git url>` start from: no dist/):
//    `npm pack` in it ships dist/ and the tarball imports; `npm install git+file://…#<commit>` into a
//    scratch app builds it (the `prepare` script) and imports.
// 3. Installing the tarball prints no install-scripts (`allowScripts`) warning for this package: the
//    packed package.json carries no `prepare` (see scripts/packManifest.mjs for why).
// 4. Every complete tsx example in README.md (a ```tsx block with an `import` line) compiles as
//    pasted in a scratch app that installed the tarball, strict, `skipLibCheck` false: one check per
//    example, named by its heading. The app also installs what the examples import (the repo's
//    version of a devDependency such as react-router, else a version pinned in EXAMPLE_PACKAGES).
// Prints one `check <name>: ok|FAIL (s)` line each, then `PACK_JSON {"passed":N,"failed":M}`;
// exits 1 on any failure. Installs come from npm's cache when they can (--prefer-offline).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './lib/size.mjs'

const counts = { passed: 0, failed: 0 }
const scratch = mkdtempSync(join(tmpdir(), 'ory-session-react-pack-'))
const env = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NO_COLOR: '1' }
const TSC = `${ROOT}node_modules/typescript/bin/tsc`

/** Runs `fn`; a thrown error or a returned string is the failure's explanation. */
function check(name, fn) {
  const started = Date.now()
  let problem
  try {
    problem = fn()
  } catch (error) {
    problem = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message ?? error)
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  problem ? counts.failed++ : counts.passed++
  console.log(`check ${name}: ${problem ? 'FAIL' : 'ok'} (${seconds} s)`)
  if (problem) console.log(String(problem).split('\n').slice(0, 40).map((line) => `    ${line}`).join('\n'))
  return !problem
}

const exec = (command, args, cwd) => execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
const version = (name) => JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')).version.replace(/^v/, '')

/** The packages of the README's install line (```sh block under "## Install"), at the repo's versions. */
function readmeInstall() {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8')
  const section = readme.split(/^## Install\s*$/m)[1]?.split(/^## /m)[0] ?? ''
  const line = section.split('\n').find((l) => /^npm install /.test(l.trim()))
  if (!line) throw new Error('README.md has no `npm install …` line under "## Install"')
  return line.trim().split(/\s+/).slice(2).filter((word) => !word.startsWith('-'))
}

/** A scratch app with `tarball` installed like the README says, plus the app's React and its types. */
function scratchApp(name, spec) {
  const app = join(scratch, name)
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `scratch-${name}`, private: true, type: 'module' }))
  const packages = readmeInstall().map((pkg) => (pkg === 'ory-session-react' ? spec : `${pkg}@${version(pkg)}`))
  const react = ['react', 'react-dom', '@types/react', '@types/react-dom'].map((pkg) => `${pkg}@${version(pkg)}`)
  installed.set(app, npmInstall(app, [...packages, ...react]))
  return app
}

/** What `npm install` printed in each scratch app (npm writes its warnings to stderr). */
const installed = new Map()

/** `npm install args` in `app`; returns everything npm printed. */
function npmInstall(app, args) {
  const run = spawnSync('npm', ['install', ...args], { cwd: app, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const output = `${run.stdout}${run.stderr}`
  if (run.status !== 0) throw Object.assign(new Error(`npm install exited ${run.status}`), { stdout: output })
  return output
}

/** npm 11's install-scripts advisory (`… not yet covered by allowScripts`) lines about this package. */
function installScriptWarnings(output) {
  const lines = output.split('\n')
  const about = lines.filter((line) => /install-scripts|allowScripts/i.test(line) && /ory-session-react/.test(line))
  return about.length ? `npm warned about this package's install scripts:\n${lines.filter((l) => /install-scripts|allowScripts/i.test(l)).join('\n')}` : undefined
}

const RENDER = `import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { RequireAuth, SessionProvider, loginUrl } from 'ory-session-react'
import { createSession } from 'ory-session-react/testing'
const html = renderToString(h(SessionProvider, { baseUrl: 'https://auth.example.com' }, h(RequireAuth, { fallback: 'checking' }, 'secret')))
if (html !== 'checking') throw new Error('unexpected render: ' + html)
if (!loginUrl('https://auth.example.com', { aal: 'aal2' }).endsWith('/self-service/login/browser?aal=aal2')) throw new Error('loginUrl')
if (createSession({ aal: 'aal2' }).authenticator_assurance_level !== 'aal2') throw new Error('createSession')
`

function renders(app) {
  writeFileSync(join(app, 'render.mjs'), RENDER)
  exec('node', ['render.mjs'], app)
}

// Correct use of every entry's types: must compile.
const RIGHT = `import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RequireAuth, SessionProvider, useDevices, useSession, useSessions, type SessionState } from 'ory-session-react'
import { SessionDevtools } from 'ory-session-react/devtools'
import { createSession, MockSessionProvider } from 'ory-session-react/testing'

function Expiry() {
  const state: SessionState = useSession()
  const devices = useDevices()
  const { data } = useSessions()
  if (state.status !== 'authenticated') return null
  const expires: string | undefined = state.session.expires_at
  const aal: string | null = state.aal
  const ip: string | undefined = devices[0]?.ip_address
  const others: number | undefined = data?.others.length
  return <p>{expires} {aal} {ip} {others}</p>
}

export const App = () => (
  <QueryClientProvider client={new QueryClient()}>
    <SessionProvider baseUrl="https://auth.example.com">
      <RequireAuth aal="aal2" fallback={<p>…</p>}><Expiry /></RequireAuth>
      <SessionDevtools />
    </SessionProvider>
  </QueryClientProvider>
)

export const Story = () => (
  <MockSessionProvider session={createSession({ aal: 'aal2' })}><Expiry /></MockSessionProvider>
)
`

// Wrong uses: each line marked `// ✗ TSnnnn` must fail with that error, and nothing else may fail.
// With types that became \`any\` (a missing @ory/client under skipLibCheck) every one compiles.
const WRONG = `import { SessionProvider, useDevices, useSession, useSessions } from 'ory-session-react'
import { createSession } from 'ory-session-react/testing'

export function Wrong() {
  const state = useSession()
  const devices = useDevices()
  const { data } = useSessions()
  if (state.status !== 'authenticated') return null
  const wrong: number = state.session.expires_at // ✗ TS2322
  const aal: 'aal9' | null = state.aal // ✗ TS2322
  const ip: number | undefined = devices[0]?.ip_address // ✗ TS2322
  const when: number | undefined = data?.sessions[0]?.authenticated_at // ✗ TS2322
  const active: string | undefined = createSession().active // ✗ TS2322
  return <p>{wrong} {aal} {ip} {when} {active}</p>
}

export const BadClient = () => <SessionProvider baseUrl="https://auth.example.com" client={42} /> // ✗ TS2322
`

function tsconfig(skipLibCheck) {
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck,
      isolatedModules: true,
      verbatimModuleSyntax: false,
    },
  }
}

/** Type-checks `file` (source `text`) in `app` and returns tsc's `file(line,col): error TSnnnn` list. */
function typeErrors(app, file, text, skipLibCheck) {
  writeFileSync(join(app, file), text)
  writeFileSync(join(app, `tsconfig.${file}.json`), JSON.stringify({ ...tsconfig(skipLibCheck), files: [file] }, null, 2))
  const run = spawnSync('node', [TSC, '-p', `tsconfig.${file}.json`, '--pretty', 'false'], { cwd: app, encoding: 'utf8', env })
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line))
  if (run.status !== 0 && lines.length === 0) throw new Error(`tsc exited ${run.status}: ${run.stdout}${run.stderr}`)
  return lines
}

function expectCompiles(app, skipLibCheck) {
  const errors = typeErrors(app, 'right.tsx', RIGHT, skipLibCheck)
  return errors.length ? `correct use does not compile:\n${errors.join('\n')}` : undefined
}

function expectWrongFails(app, skipLibCheck) {
  const expected = WRONG.split('\n').flatMap((line, i) => {
    const mark = line.match(/\/\/ ✗ (TS\d+)/)
    return mark ? [`wrong.tsx:${i + 1} ${mark[1]}`] : []
  })
  const errors = typeErrors(app, 'wrong.tsx', WRONG, skipLibCheck)
  const actual = errors.map((line) => {
    const match = line.match(/^(.*?)\((\d+),\d+\): error (TS\d+)/)
    return match ? `${match[1]}:${match[2]} ${match[3]}` : line
  })
  const missing = expected.filter((e) => !actual.includes(e))
  const unexpected = errors.filter((_, i) => !expected.includes(actual[i]))
  if (!missing.length && !unexpected.length) return undefined
  return [
    ...missing.map((e) => `compiles but must not (types are any?): ${e}  ${WRONG.split('\n')[Number(e.split(':')[1].split(' ')[0]) - 1].trim()}`),
    ...unexpected.map((e) => `unexpected: ${e}`),
  ].join('\n')
}

/**
 * Packages README examples import that are no dependency of this repo, at the version checked.
 * The native example is an Expo app: the device's secure store and React Native's components, at
 * versions that run on this repo's Node 20 (react-native 0.81: engines >= 20.19.4; 0.88 wants 22).
 */
const EXAMPLE_PACKAGES = { 'expo-secure-store': '15.0.8', 'react-native': '0.81.6' }

/**
 * The README's complete tsx examples: each ```tsx block with an `import` line (a block without one is
 * a fragment, not checked), named by the heading above it and, under one heading with several, the
 * bold lead of its paragraph ("Beyond the basics › Session to JWT").
 */
function readmeExamples() {
  const examples = []
  let heading = ''
  let lead = ''
  let block
  for (const line of readFileSync(`${ROOT}README.md`, 'utf8').split('\n')) {
    if (block) {
      if (line.startsWith('```')) {
        if (/^import /m.test(block.code)) examples.push(block)
        block = undefined
      } else block.code += `${line}\n`
      continue
    }
    const title = line.match(/^#{2,4} (.+)/)
    if (title) [heading, lead] = [title[1].trim(), '']
    const bold = line.match(/^\*\*([^*]+)\.\*\*/)
    if (bold) lead = bold[1]
    if (line.startsWith('```tsx')) block = { name: lead ? `${heading} › ${lead}` : heading, code: '' }
  }
  const seen = new Map()
  return examples.map((example) => {
    const n = (seen.get(example.name) ?? 0) + 1
    seen.set(example.name, n)
    return n === 1 ? example : { ...example, name: `${example.name} (${n})` }
  })
}

/** The packages `code` imports (bare specifiers), by package name. */
function importedPackages(code) {
  const specifiers = [...code.matchAll(/^import\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm)].map((m) => m[1])
  return [...new Set(specifiers.filter((s) => !s.startsWith('.')).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')))]
}

/** Installs into `app` what the examples import beyond the README's install line and React. */
function installExampleImports(app, examples) {
  const present = new Set(Object.keys(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).dependencies ?? {}))
  const specs = new Set()
  for (const pkg of new Set(examples.flatMap((e) => importedPackages(e.code)))) {
    if (present.has(pkg)) continue
    if (EXAMPLE_PACKAGES[pkg]) {
      specs.add(`${pkg}@${EXAMPLE_PACKAGES[pkg]}`)
      continue
    }
    let manifest
    try {
      manifest = JSON.parse(readFileSync(`${ROOT}node_modules/${pkg}/package.json`, 'utf8'))
    } catch {
      throw new Error(`a README example imports ${pkg}: neither a devDependency nor in EXAMPLE_PACKAGES`)
    }
    specs.add(`${pkg}@${manifest.version}`)
    // Its required peers too, at the repo's versions (what its install docs tell people to add).
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      if (!present.has(peer) && !manifest.peerDependenciesMeta?.[peer]?.optional) specs.add(`${peer}@${version(peer)}`)
    }
  }
  // Peers are listed above; expo-secure-store's peer `expo` (the whole Expo SDK) is not needed for
  // its types, so npm must not add peers by itself.
  if (specs.size) npmInstall(app, ['--legacy-peer-deps', ...specs])
}

/**
 * Type-checks every example as pasted, each its own file, strict, skipLibCheck false: the errors by
 * example. Web examples share one tsc run (one run instead of one each saves about 10 s apiece).
 * Examples that import react-native get a run of their own shaped like React Native's template
 * tsconfig (@react-native/typescript-config): no DOM lib and `types: ["react-native"]`, because
 * React Native declares its own fetch, URL, WebSocket… globals, which clash with lib.dom's and with
 * @types/node's `require`.
 */
function exampleErrors(app, examples) {
  const files = examples.map((_, i) => `readme-example-${i + 1}.tsx`)
  examples.forEach((example, i) => writeFileSync(join(app, files[i]), example.code))
  const native = examples.map((example) => importedPackages(example.code).includes('react-native'))
  const web = tsconfig(false)
  const reactNative = { compilerOptions: { ...web.compilerOptions, lib: ['ES2022'], types: ['react-native'] } }
  const lines = [
    ...compile(app, 'web', web, files.filter((_, i) => !native[i])),
    ...compile(app, 'native', reactNative, files.filter((_, i) => native[i])),
  ]
  // An error inside a library an example imports is that run's, so every example of it gets it
  // (it stops a real app's build too).
  return files.map((file, i) => lines.filter(([run, line]) => line.startsWith(`${file}(`) || (run === (native[i] ? 'native' : 'web') && !/^readme-example-\d+\.tsx\(/.test(line))).map(([, line]) => line))
}

/** One tsc run over `files` in `app`: its `[run, error line]`s. */
function compile(app, run, config, files) {
  if (files.length === 0) return []
  writeFileSync(join(app, `tsconfig.${run}.json`), JSON.stringify({ ...config, files }, null, 2))
  const result = spawnSync('node', [TSC, '-p', `tsconfig.${run}.json`, '--pretty', 'false'], { cwd: app, encoding: 'utf8', env })
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line))
  if (result.status !== 0 && lines.length === 0) throw new Error(`tsc exited ${result.status}: ${result.stdout}${result.stderr}`)
  return lines.map((line) => [run, line])
}

/** The one .tgz in `dir`, listed. */
function tarballIn(dir) {
  const name = readdirSync(dir).find((file) => file.endsWith('.tgz'))
  if (!name) throw new Error(`npm pack left no tarball in ${dir}`)
  return join(dir, name)
}

function shipsDist(tarball) {
  const files = exec('tar', ['-tzf', tarball], scratch).split('\n')
  for (const file of ['package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/testing/index.js', 'package/dist/devtools/index.d.ts']) {
    if (!files.includes(file)) return `the tarball has no ${file.slice('package/'.length)}`
  }
  return undefined
}

try {
  // ─── 1. this checkout, packed ────────────────────────────────────────────────────────────────
  const packs = join(scratch, 'packs')
  mkdirSync(packs)
  let app
  const packed = check('npm pack → install like the README says (scratch app)', () => {
    exec('npm', ['pack', '--silent', '--pack-destination', packs], ROOT)
    app = scratchApp('readme', tarballIn(packs))
  })
  if (packed) {
    check('installed package server-renders a guard', () => renders(app))
    check('installing the tarball prints no install-scripts warning for ory-session-react', () => installScriptWarnings(installed.get(app)))
    for (const skipLibCheck of [true, false]) {
      check(`types, skipLibCheck ${skipLibCheck}: correct use compiles`, () => expectCompiles(app, skipLibCheck))
      check(`types, skipLibCheck ${skipLibCheck}: wrong use fails to compile`, () => expectWrongFails(app, skipLibCheck))
    }
  } else {
    counts.failed += 6
  }

  // ─── README examples, as pasted, against the same tarball ───────────────────────────────────
  const examples = readmeExamples()
  let errors = []
  const ready = packed && check(`README examples: a scratch app with what their ${examples.length} blocks import, type-checked`, () => {
    if (examples.length === 0) return 'README.md has no ```tsx block with an import line'
    const examplesApp = scratchApp('examples', tarballIn(packs))
    installExampleImports(examplesApp, examples)
    errors = exampleErrors(examplesApp, examples)
  })
  examples.forEach((example, i) => {
    const failure = () => (errors[i].length ? `does not compile as pasted (README.md, under "${example.name}"):\n${errors[i].join('\n')}` : undefined)
    if (ready) check(`README example "${example.name}" compiles as pasted`, failure)
    else counts.failed++
  })

  // ─── 2. a clean clone of the current commit ──────────────────────────────────────────────────
  const clone = join(scratch, 'clone')
  let commit = ''
  const cloned = check('clean clone: npm pack ships dist/ and the tarball imports', () => {
    commit = exec('git', ['rev-parse', 'HEAD'], ROOT).trim()
    const dirty = exec('git', ['status', '--porcelain', '--untracked-files=no'], ROOT).trim()
    if (dirty) console.log(`  (the clean-clone checks use commit ${commit.slice(0, 12)}; this checkout's uncommitted changes are not in it)`)
    exec('git', ['clone', '--quiet', '--no-checkout', ROOT, clone], scratch)
    exec('git', ['checkout', '--quiet', '--detach', commit], clone)
    // Its dependencies as `npm ci` would install them; the repo's own copy saves the download.
    symlinkSync(`${ROOT}node_modules`, join(clone, 'node_modules'), 'dir')
    const out = join(scratch, 'clone-pack')
    mkdirSync(out)
    exec('npm', ['pack', '--silent', '--pack-destination', out], clone)
    rmSync(join(clone, 'node_modules'))
    const tarball = tarballIn(out)
    const missing = shipsDist(tarball)
    if (missing) return missing
    renders(scratchApp('clone-app', tarball))
  })
  check(`clean clone: npm install git+file://…#${commit.slice(0, 12) || 'HEAD'} builds and imports`, () => {
    if (!cloned && !commit) return 'no clone of the current commit (see above)'
    // npm clones it, installs its devDependencies, runs `prepare` (the build), packs and installs.
    const app = scratchApp('git-app', `git+file://${clone}#${commit}`)
    renders(app)
  })
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

console.log(`PACK_JSON ${JSON.stringify(counts)}`)
process.exit(counts.failed === 0 ? 0 : 1)
