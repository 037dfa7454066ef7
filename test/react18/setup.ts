import { version } from 'react'
import { version as domVersion } from 'react-dom'

// This run exists to test React 18: stop at once if an alias stopped working and React 19 came in.
if (!version.startsWith('18.') || domVersion !== version) {
  throw new Error(`vitest.react18.config.ts must run on React 18, got react ${version} and react-dom ${domVersion}`)
}
