import type { UiText } from '@ory/client'
import { describe, expectTypeOf, it } from 'vitest'
import { FlowForm, formatUiText, Nodes, useLoginFlow, type Locale } from 'ory-session-react/flows'
import { de } from 'ory-session-react/locales/de'

// The TSDoc examples of formatUiText.ts and locales/de.ts, verbatim, so they keep compiling.
export const nl: Locale = {
  lang: 'nl',
  messages: {
    1070001: 'Wachtwoord',
    4000032: 'Het wachtwoord moet minstens {min_length} tekens lang zijn.',
  },
}

export function passwordError(message: UiText): string {
  return formatUiText(message, de) // 4000032 → 'Das Passwort muss mindestens 8 Zeichen lang sein, …'
}

export function Anmeldung() {
  return <FlowForm flow={useLoginFlow()} locale={de} />
}

describe('locale types', () => {
  it('a locale needs a language tag, and its messages are strings or functions returning strings', () => {
    // @ts-expect-error no lang: Intl would not know how to format numbers and dates
    const noLang: Locale = { messages: { 1070001: 'Passwort' } }
    // @ts-expect-error a message function returns the text, not a number
    const wrongResult: Locale = { lang: 'de', messages: { 4000032: (context) => context.min_length as number } }
    // @ts-expect-error ids are numbers, as in UiText.id
    const wrongId: Locale = { lang: 'de', messages: { password: 'Passwort' } }
    void [noLang, wrongResult, wrongId]
  })

  it('formatUiText takes a UiText, not its text', () => {
    expectTypeOf(formatUiText).returns.toEqualTypeOf<string>()
    // @ts-expect-error a string has no id or context to look up
    formatUiText('Password', de)
  })

  it('<Nodes> and <FlowForm> take only a Locale', () => {
    function Page() {
      const login = useLoginFlow()
      return (
        <>
          {/* @ts-expect-error a language tag alone is not a locale */}
          <FlowForm flow={login} locale="de" />
          <form {...login.getFormProps()}>
            <Nodes flow={login} locale={de} />
          </form>
        </>
      )
    }
    void Page
  })
})
