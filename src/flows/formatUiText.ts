import type { UiText } from '@ory/client'

/**
 * One message of a {@link Locale}: a string whose `{key}` placeholders take the message's
 * `context` values (`'Mindestens {min_length} Zeichen'`), or a function of the context and the
 * locale's language tag, for plurals (`Intl.PluralRules`) and dates (`Intl.DateTimeFormat`).
 */
export type LocaleMessage = string | ((context: Readonly<Record<string, unknown>>, lang: string) => string)

/**
 * Texts by Kratos `UiText` id (4000032, 1070001 …), in one language. An id it lacks, or a
 * placeholder whose context value Kratos did not send, shows Kratos's English `text` instead.
 *
 * @example
 * ```ts
 * import type { Locale } from 'ory-session-react/flows'
 *
 * export const nl: Locale = {
 *   lang: 'nl',
 *   messages: {
 *     1070001: 'Wachtwoord',
 *     4000032: 'Het wachtwoord moet minstens {min_length} tekens lang zijn.',
 *   },
 * }
 * ```
 */
export interface Locale {
  /** The BCP 47 language tag (`'de'`, `'de-CH'`): what message functions format numbers and dates with. */
  readonly lang: string
  readonly messages: Readonly<Partial<Record<number, LocaleMessage>>>
}

/**
 * A Kratos `UiText` in `locale`'s language, its `context` values filled in; Kratos's English `text`
 * when there is no locale, the locale has no entry for the id, or the context lacks a value the
 * entry needs (or a message function throws on it). For apps that render nodes themselves (`<FlowForm locale>` does it for you).
 *
 * @example
 * ```ts
 * import type { UiText } from '@ory/client'
 * import { formatUiText } from 'ory-session-react/flows'
 * import { de } from 'ory-session-react/locales/de'
 *
 * export function passwordError(message: UiText): string {
 *   return formatUiText(message, de) // 4000032 → 'Das Passwort muss mindestens 8 Zeichen lang sein, …'
 * }
 * ```
 */
export function formatUiText(text: UiText, locale?: Locale): string {
  const entry = locale?.messages[text.id]
  const context = (text.context ?? {}) as Record<string, unknown>
  // A value the context lacks makes a template's `{key}` throw, and Intl throws on an absent date:
  // Kratos's English, then, rather than a sentence with a hole in it.
  try {
    if (entry === undefined) return text.text
    if (typeof entry !== 'string') return entry(context, locale!.lang)
    return entry.replace(/\{(\w+)\}/g, (_, key: string) => {
      if (!(key in context)) throw key
      return String(context[key])
    })
  } catch {
    return text.text
  }
}
