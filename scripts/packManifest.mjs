#!/usr/bin/env node
// Takes the `prepare` script out of package.json while `npm pack` / `npm publish` makes the tarball,
// and puts it back afterwards (package.json's `prepack` and `postpack` scripts):
//   node scripts/packManifest.mjs strip     after the build, before the files are packed
//   node scripts/packManifest.mjs restore   after packing
//
// Why `prepare` stays in the repository: `npm install git+https://…` (a git dependency) runs only
// `prepare` in its clone before packing it — not `prepack` (npm/cli#1865; measured with npm 11.19:
// a git install of this package with only `prepack` has no dist/). A clone has no dist/, so without
// `prepare` a git install would ship none.
// Why it leaves the tarball: the tarball already holds dist/, so nothing should run when it is
// installed, and npm 11 lists a tarball's `prepare` among the install scripts allowScripts must
// approve ("ory-session-react@0.1.0 (prepare: npm run build) … not yet covered by allowScripts")
// although it never runs it for a tarball. Without it, installing the package runs nothing and
// asks nothing. (A registry install never lists `prepare`; `npm install ./x.tgz` did.)
// bench/check-pack.mjs checks both: the git install builds, the tarball install prints no warning.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const manifest = fileURLToPath(new URL('../package.json', import.meta.url))
// Outside `files`, so never packed; .gitignore'd. Its presence means a pack is under way (or failed).
const original = fileURLToPath(new URL('../.package.json.prepack', import.meta.url))

function restore() {
  if (existsSync(original)) renameSync(original, manifest)
}

const command = process.argv[2]
if (command === 'restore') {
  restore()
} else if (command === 'strip') {
  restore() // a pack that failed half-way left the stripped file: start from the real one
  const text = readFileSync(manifest, 'utf8')
  const pkg = JSON.parse(text)
  delete pkg.scripts.prepare
  writeFileSync(original, text)
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`)
} else {
  console.error('usage: node scripts/packManifest.mjs strip|restore')
  process.exit(2)
}
