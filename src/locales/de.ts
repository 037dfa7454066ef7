// German for every UiText id Kratos v1.3.1 defines (test/fixtures/kratos-text-ids.json lists them;
// test/flows/locale.test.tsx fails when one is missing here). Formal address (Sie) throughout.
// Its own entry point: an app that does not import it ships none of these bytes.
import type { Locale, LocaleMessage } from '../flows/formatUiText.js'

type Context = Readonly<Record<string, unknown>>

const number = (value: unknown, lang: string) => new Intl.NumberFormat(lang).format(value as number)

/** `one` or `other` by German plural rules (`1 Eintrag`, `3 Einträge`), the count in the locale's digits. */
const count = (value: unknown, lang: string, one: string, other: string) =>
  `${number(value, lang)} ${new Intl.PluralRules(lang).select(value as number) === 'one' ? one : other}`

const dateTime = (value: unknown, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value as string))

/** "vor 3 Minuten", "vor 1 Stunde": how long ago an instant was, in the largest unit that fits. */
function ago(value: unknown, lang: string): string {
  const seconds = Math.max(1, Math.round((Date.now() - Date.parse(value as string)) / 1000))
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.round(seconds / 60), 'minute'] : seconds < 172800 ? [Math.round(seconds / 3600), 'hour'] : [Math.round(seconds / 86400), 'day']
  return new Intl.RelativeTimeFormat(lang).format(-amount, unit)
}

/** "Der <Vorgang> ist vor 3 Minuten abgelaufen. …" for the five flows' `expired_at`. */
const expired =
  (flow: string): LocaleMessage =>
  (context: Context, lang: string) =>
    `${flow} ist ${ago(context.expired_at, lang)} abgelaufen. Bitte versuchen Sie es erneut.`

const list = (values: unknown, lang: string, type: Intl.ListFormatType) => new Intl.ListFormat(lang, { type }).format(values as string[])

const CREDENTIALS: Record<string, string> = {
  password: 'Ihrem Passwort',
  oidc: 'einem sozialen Anmeldedienst',
  webauthn: 'Ihrem Passkey oder Sicherheitsschlüssel',
  passkey: 'Ihrem Passkey',
}

const SENT = (what: string, end: string) =>
  `Wir haben ${what} an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise der Adresse und ${end}.`
const REGISTERED = 'ob es die Adresse ist, mit der Sie sich registriert haben'
const NO_STRATEGY = (what: string) => `Es wurde keine Methode gefunden, mit der ${what}. Haben Sie das Formular richtig ausgefüllt?`
const ALREADY_DONE = 'Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.'
const CODE_INVALID = (code: string) => `${code} ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.`

/**
 * German texts for `<FlowForm locale>`, `<Nodes locale>` and `formatUiText`: an entry for every
 * message id of Kratos v1.3.1, plurals and dates through `Intl` (`lang: 'de'`; spread it with another
 * tag, e.g. `{ ...de, lang: 'de-CH' }`, for that region's number and date formats).
 *
 * @example
 * ```tsx
 * import { FlowForm, useLoginFlow } from 'ory-session-react/flows'
 * import { de } from 'ory-session-react/locales/de'
 *
 * export function Anmeldung() {
 *   return <FlowForm flow={useLoginFlow()} locale={de} />
 * }
 * ```
 */
export const de: Locale = {
  lang: 'de',
  messages: {
    // Login (1010xxx)
    1010000: 'Anmeldung',
    1010001: 'Anmelden',
    1010002: 'Mit {provider} anmelden',
    1010003: 'Bitte bestätigen Sie diese Aktion, indem Sie nachweisen, dass Sie es sind.',
    1010004: 'Bitte schließen Sie den zweiten Schritt der Anmeldung ab.',
    1010005: 'Bestätigen',
    1010006: 'Authentifizierungscode',
    1010007: 'Wiederherstellungscode',
    1010008: 'Mit Sicherheitsschlüssel anmelden',
    1010009: 'Authenticator-App verwenden',
    1010010: 'Wiederherstellungscode verwenden',
    1010011: 'Mit Sicherheitsschlüssel anmelden',
    1010012: 'Halten Sie Ihr WebAuthn-Gerät bereit (z. B. Sicherheitsschlüssel oder Fingerabdrucksensor) und klicken Sie auf „Weiter“.',
    1010013: 'Weiter',
    1010014: SENT('eine E-Mail mit einem Code', 'starten Sie die Anmeldung erneut'),
    1010015: 'Anmeldecode senden',
    1010016:
      'Sie wollten sich mit „{duplicateIdentifier}“ anmelden, doch diese E-Mail-Adresse gehört bereits zu einem anderen Konto. Melden Sie sich mit einer der folgenden Optionen bei Ihrem Konto an, um „{duplicateIdentifier}“ bei {provider} als weitere Anmeldemöglichkeit hinzuzufügen.',
    1010017: 'Anmelden und verknüpfen',
    1010018: 'Mit {provider} bestätigen',
    1010019: 'Code anfordern, um fortzufahren',
    1010020: 'Wir senden Ihnen einen Code, mit dem Sie die Anmeldung abschließen.',
    1010021: 'Mit Passkey anmelden',
    1010022: 'Mit Passwort anmelden',
    1010023: 'Code an {address} senden',
    // Logout, second factor (1020000, 1030000)
    1020000: 'Abmelden',
    1030000: 'Zweiter Faktor',
    // Registration (1040xxx)
    1040000: 'Registrierung',
    1040001: 'Registrieren',
    1040002: 'Mit {provider} registrieren',
    1040003: 'Weiter',
    1040004: 'Mit Sicherheitsschlüssel registrieren',
    1040005: SENT('eine E-Mail mit einem Code', 'starten Sie die Registrierung erneut'),
    1040006: 'Registrierungscode senden',
    1040007: 'Mit Passkey registrieren',
    1040008: 'Zurück',
    1040009: 'Bitte wählen Sie, womit Sie sich anmelden möchten.',
    // Settings (1050xxx)
    1050000: 'Einstellungen',
    1050001: 'Ihre Änderungen wurden gespeichert.',
    1050002: '{provider} verknüpfen',
    1050003: 'Verknüpfung mit {provider} aufheben',
    1050004: 'Authenticator-App entfernen',
    1050005: 'QR-Code für die Authenticator-App',
    1050006: '{secret}',
    1050007: 'Wiederherstellungscodes anzeigen',
    1050008: 'Neue Wiederherstellungscodes erzeugen',
    1050009: '{secret}',
    1050010: 'Das sind Ihre Wiederherstellungscodes. Bewahren Sie sie an einem sicheren Ort auf.',
    1050011: 'Wiederherstellungscodes bestätigen',
    1050012: 'Sicherheitsschlüssel hinzufügen',
    1050013: 'Name des Sicherheitsschlüssels',
    1050014: (context, lang) => `Verwendet am ${dateTime(context.used_at, lang)}`,
    1050015: (context) => (context.secrets as { text: string }[]).map((secret) => secret.text).join(', '),
    1050016: 'Diese Methode deaktivieren',
    1050017: 'Das ist der geheime Schlüssel für Ihre Authenticator-App. Geben Sie ihn dort ein, falls Sie den QR-Code nicht scannen können.',
    1050018: 'Sicherheitsschlüssel „{display_name}“ entfernen',
    1050019: 'Passkey hinzufügen',
    1050020: 'Passkey „{display_name}“ entfernen',
    // Recovery (1060xxx)
    1060000: 'Konto wiederherstellen',
    1060001: (context, lang) => {
      const until = new Date(context.privileged_session_expires_at as string)
      const minutes = Math.max(1, Math.round((until.getTime() - Date.now()) / 60000))
      const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(until)
      return `Ihr Konto ist wiederhergestellt. Bitte ändern Sie Ihr Passwort oder richten Sie eine andere Anmeldemethode ein (z. B. über einen sozialen Anmeldedienst), und zwar innerhalb der nächsten ${count(minutes, lang, 'Minute', 'Minuten')} (bis ${time}).`
    },
    1060002: SENT('einen Link zur Wiederherstellung', `prüfen Sie, ${REGISTERED}`),
    1060003: SENT('einen Wiederherstellungscode', `prüfen Sie, ${REGISTERED}`),
    // Node labels (1070xxx)
    1070000: 'Feld',
    1070001: 'Passwort',
    1070002: '{title}',
    1070003: 'Speichern',
    1070004: 'Kennung',
    1070005: 'Absenden',
    1070006: 'Code bestätigen',
    1070007: 'E-Mail-Adresse',
    1070008: 'Code erneut senden',
    1070009: 'Weiter',
    1070010: 'Wiederherstellungscode',
    1070011: 'Bestätigungscode',
    1070012: 'Registrierungscode',
    1070013: 'Anmeldecode',
    1070014: 'Anmelden und Zugang verknüpfen',
    1070015: 'Bitte lösen Sie die Captcha-Aufgabe, um fortzufahren.',
    // Verification (1080xxx)
    1080000: 'E-Mail-Adresse bestätigen',
    1080001: SENT('einen Bestätigungslink', `prüfen Sie, ${REGISTERED}`),
    1080002: 'Ihre E-Mail-Adresse ist jetzt bestätigt.',
    1080003: SENT('einen Bestätigungscode', `prüfen Sie, ${REGISTERED}`),
    // Validation (4000xxx)
    4000000: 'Die Eingaben sind ungültig.',
    4000001: '{reason}',
    4000002: 'Die Angabe „{property}“ fehlt.',
    4000003: (context, lang) => `Mindestens ${number(context.min_length, lang)} Zeichen erforderlich (eingegeben: ${number(context.actual_length, lang)}).`,
    4000004: 'Entspricht nicht dem Muster „{pattern}“.',
    4000005: 'Dieses Passwort kann nicht verwendet werden: {reason}',
    4000006: 'Die Anmeldedaten sind ungültig. Bitte prüfen Sie die Schreibweise von Passwort, Benutzername, E-Mail-Adresse oder Telefonnummer.',
    4000007: 'Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …).',
    4000008: 'Der Authentifizierungscode ist ungültig. Bitte versuchen Sie es erneut.',
    4000009: 'Es wurde keine Anmeldekennung gefunden. Wurde sie nicht angegeben? Die Ursache kann auch eine fehlerhafte Serverkonfiguration sein.',
    4000010: 'Das Konto ist noch nicht aktiv. Haben Sie Ihre E-Mail-Adresse schon bestätigt?',
    4000011: 'Sie haben keine Authenticator-App eingerichtet.',
    4000012: 'Dieser Wiederherstellungscode wurde bereits verwendet.',
    4000013: 'Sie haben kein WebAuthn-Gerät eingerichtet.',
    4000014: 'Sie haben keine Wiederherstellungscodes eingerichtet.',
    4000015: 'Dieses Konto gibt es nicht, oder es hat keinen Sicherheitsschlüssel.',
    4000016: 'Der Wiederherstellungscode ist ungültig.',
    4000017: (context, lang) => `Höchstens ${number(context.max_length, lang)} Zeichen erlaubt (eingegeben: ${number(context.actual_length, lang)}).`,
    4000018: (context, lang) => `Muss mindestens ${number(context.minimum, lang)} sein, ist aber ${number(context.actual, lang)}.`,
    4000019: (context, lang) => `Muss größer als ${number(context.minimum, lang)} sein, ist aber ${number(context.actual, lang)}.`,
    4000020: (context, lang) => `Darf höchstens ${number(context.maximum, lang)} sein, ist aber ${number(context.actual, lang)}.`,
    4000021: (context, lang) => `Muss kleiner als ${number(context.maximum, lang)} sein, ist aber ${number(context.actual, lang)}.`,
    4000022: (context, lang) => `${number(context.actual, lang)} ist kein Vielfaches von ${number(context.base, lang)}.`,
    4000023: (context, lang) => `Höchstens ${count(context.max_items, lang, 'Eintrag', 'Einträge')} erlaubt, vorhanden: ${number(context.actual_items, lang)}.`,
    4000024: (context, lang) => `Mindestens ${count(context.min_items, lang, 'Eintrag', 'Einträge')} erforderlich, vorhanden: ${number(context.actual_items, lang)}.`,
    4000025: 'Die Einträge an Position {index_a} und {index_b} sind gleich.',
    4000026: (context, lang) => `Erwartet: ${list(context.allowed_types, lang, 'disjunction')}, erhalten: ${String(context.actual_type)}.`,
    4000027: 'Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …).',
    4000028: (context, lang) => {
      const hint = context.credential_identifier_hint ? `„${String(context.credential_identifier_hint)}“` : 'dieser Kennung'
      const methods = (context.available_credential_types as string[] | undefined)?.map((type) => CREDENTIALS[type] ?? type) ?? []
      const providers = (context.available_oidc_providers as string[] | undefined) ?? []
      return [
        `Es gibt bereits ein Konto mit ${hint}.`,
        methods.length > 0 ? `Sie können sich mit ${list(methods, lang, 'disjunction')} anmelden.` : '',
        providers.length > 0 ? `Oder über einen dieser Anmeldedienste: ${list(providers, lang, 'unit')}.` : '',
      ]
        .filter(Boolean)
        .join(' ')
    },
    4000029: 'Muss „{expected}“ sein.',
    4000030: 'Der Wert ist nicht zulässig.',
    4000031: 'Dieses Passwort kann nicht verwendet werden, weil es der Kennung zu ähnlich ist.',
    4000032: (context, lang) =>
      `Das Passwort muss mindestens ${number(context.min_length, lang)} Zeichen lang sein (eingegeben: ${number(context.actual_length, lang)}).`,
    4000033: (context, lang) =>
      `Das Passwort darf höchstens ${number(context.max_length, lang)} Zeichen lang sein (eingegeben: ${number(context.actual_length, lang)}).`,
    4000034: 'Dieses Passwort ist in Datenlecks aufgetaucht und darf nicht mehr verwendet werden.',
    4000035: 'Dieses Konto gibt es nicht, oder für es ist keine Anmeldung per Code eingerichtet.',
    4000036: 'Die angegebenen Merkmale stimmen nicht mit denen überein, die zuvor in diesem Vorgang angegeben wurden.',
    4000037: 'Dieses Konto gibt es nicht, oder es hat keine Anmeldemethode.',
    4000038: 'Die Captcha-Prüfung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    // Flow errors (4010xxx–4070xxx)
    4010000: 'Die Anmeldung ist fehlgeschlagen.',
    4010001: expired('Der Anmeldevorgang'),
    4010002: NO_STRATEGY('Sie angemeldet werden können'),
    4010003: NO_STRATEGY('Sie registriert werden können'),
    4010004: NO_STRATEGY('Ihre Einstellungen geändert werden können'),
    4010005: NO_STRATEGY('Ihr Konto wiederhergestellt werden kann'),
    4010006: NO_STRATEGY('Ihr Konto bestätigt werden kann'),
    4010007: ALREADY_DONE,
    4010008: CODE_INVALID('Der Anmeldecode'),
    4010009: 'Die verknüpften Zugangsdaten stimmen nicht überein.',
    4010010: 'Die eingegebene Adresse gehört zu keiner der Adressen dieses Kontos.',
    4040000: 'Die Registrierung ist fehlgeschlagen.',
    4040001: expired('Der Registrierungsvorgang'),
    4040002: ALREADY_DONE,
    4040003: CODE_INVALID('Der Registrierungscode'),
    4050000: 'Die Einstellungen konnten nicht gespeichert werden.',
    4050001: expired('Der Einstellungsvorgang'),
    4060000: 'Die Wiederherstellung ist fehlgeschlagen.',
    4060001: ALREADY_DONE,
    4060002: 'Bei der Wiederherstellung ist ein Fehler aufgetreten. Bitte beginnen Sie von vorn.',
    4060003: 'Der Link zur Wiederherstellung ist unvollständig. Bitte beginnen Sie von vorn.',
    4060004: 'Der Link zur Wiederherstellung ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.',
    4060005: expired('Der Wiederherstellungsvorgang'),
    4060006: CODE_INVALID('Der Wiederherstellungscode'),
    4070000: 'Die Bestätigung ist fehlgeschlagen.',
    4070001: 'Der Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.',
    4070002: ALREADY_DONE,
    4070003: 'Bei der Bestätigung ist ein Fehler aufgetreten. Bitte beginnen Sie von vorn.',
    4070004: 'Der Bestätigungslink ist unvollständig. Bitte beginnen Sie von vorn.',
    4070005: expired('Der Bestätigungsvorgang'),
    4070006: CODE_INVALID('Der Bestätigungscode'),
    // System (5000xxx)
    5000000: 'Ein Systemfehler ist aufgetreten.',
    5000001: '{reason}',
  },
}
