import type { Locale } from 'ory-session-react/flows'
import { useSyncExternalStore } from 'react'

// The language of Kratos's texts on the flow pages, kept across reloads. German is its own chunk,
// imported only when chosen: English visitors never download it.
type Language = 'en' | 'de'
const STORAGE_KEY = 'demo:language'
let language: Language = localStorage.getItem(STORAGE_KEY) === 'de' ? 'de' : 'en'
let locale: Locale | undefined
const listeners = new Set<() => void>()

async function load(chosen: Language) {
  const loaded = chosen === 'de' ? (await import('ory-session-react/locales/de')).de : undefined
  if (chosen !== language) return // another choice came while this one loaded
  locale = loaded
  for (const listener of listeners) listener()
}
// A German visitor's locale loads now, beside the app's first render and the flow's read.
if (language === 'de') void load(language)

const subscribe = (onChange: () => void) => {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** The chosen locale for `<Nodes locale>` / `formatUiText`: undefined for English (Kratos's own texts). */
export function useLocale(): Locale | undefined {
  return useSyncExternalStore(subscribe, () => locale)
}

/** English / Deutsch, in the header. */
export function LanguageSwitch() {
  useLocale() // re-render when a choice has loaded
  const choose = (chosen: Language) => {
    language = chosen
    localStorage.setItem(STORAGE_KEY, chosen)
    void load(chosen)
  }
  return (
    <label className="language">
      Language
      <select value={language} onChange={(event) => choose(event.target.value as Language)}>
        <option value="en">English</option>
        <option value="de" lang="de">
          Deutsch
        </option>
      </select>
    </label>
  )
}
