// A browser-like global scope for React in plain Node: jsdom's window and DOM classes on
// globalThis, the way Vitest's jsdom environment does it, with Node's own timers, fetch and
// AbortController (MSW intercepts Node's fetch; the fake clock replaces Node's timers).
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const { JSDOM } = createRequire(`${ROOT}package.json`)('jsdom')

// DOM events must be jsdom's, or jsdom refuses to dispatch them.
const OVERRIDE = new Set(['Event', 'EventTarget', 'CustomEvent'])

/** Installs jsdom on globalThis; must run before react-dom, react-query or the SDK are imported. */
export function installDom(url = 'http://localhost:5173/') {
  // pretendToBeVisual: the page is in the foreground (document.visibilityState === 'visible').
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url, pretendToBeVisual: true })
  const win = dom.window
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in globalThis && !OVERRIDE.has(key)) continue
    const value = win[key]
    // Functions (not classes) are bound so `addEventListener(…)` without `window.` works.
    const bound = typeof value === 'function' && key[0] === key[0].toLowerCase() ? value.bind(win) : value
    Object.defineProperty(globalThis, key, { value: bound, writable: true, configurable: true })
  }
  globalThis.window = win
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  return dom
}
