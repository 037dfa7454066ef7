import type { UiNode, UiText } from '@ory/client'
import { formatUiText, type Locale } from './formatUiText.js'

/** The same message, its `text` in the locale's language (id, type and context kept for components). */
export const localizeText = (text: UiText, locale: Locale | undefined): UiText => ({ ...text, text: formatUiText(text, locale) })

// Every UiText a node carries, wherever it sits (label, messages, a text node's text, a link's
// title, the lookup codes in a context), translated once here: the default components and an
// app's own, which read `node.meta.label.text`, `attributes.text.text` …, all show the locale's
// words. A node is Kratos's JSON, so a JSON copy loses nothing.
export const localizeNode = (node: UiNode, locale: Locale): UiNode =>
  JSON.parse(JSON.stringify(node), (_, value: UiText | null) => (typeof value?.id === 'number' && typeof value.text === 'string' ? localizeText(value, locale) : value))
