// The provider's two screens, shaped as the ones Ory's suite drives (its Hydra's login and consent
// app): the ids and names below are what the ports' steps select, so they are the contract.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`

const buttons = `<button type="submit" id="accept" name="action" value="accept">Accept</button>
<button type="submit" id="reject" name="action" value="reject">Reject</button>`

/** Sign-in: the username is the subject (Kratos maps it to the e-mail); `login_hint` prefills it. */
export function loginPage(uid: string, { loginHint = '', client }: { loginHint?: string; client: string }): string {
  return page(
    `Sign in to continue to ${escape(client)}`,
    `<form method="post" action="/interaction/${uid}/login">
<label for="username">Username</label> <input id="username" name="username" type="text" value="${escape(loginHint)}">
<label><input id="remember" name="remember" type="checkbox" value="1"> Remember me</label>
${buttons}
</form>`,
  )
}

/**
 * Consent: one box per requested scope (id = the scope; unticked, so a scope left alone is
 * refused, as "openid" must be for the "no id_token" cases), the `website` claim, remember.
 */
export function consentPage(uid: string, { scopes, client }: { scopes: string[]; client: string }): string {
  const boxes = scopes.map((scope) => `<label><input type="checkbox" name="scope" id="${escape(scope)}" value="${escape(scope)}"> ${escape(scope)}</label>`).join('\n')
  return page(
    `${escape(client)} asks for access`,
    `<form method="post" action="/interaction/${uid}/consent">
<fieldset><legend>Scopes</legend>
${boxes}
</fieldset>
<label for="website">Website</label> <input id="website" name="website" type="text">
<label><input id="remember" name="remember" type="checkbox" value="1"> Remember this decision</label>
${buttons}
</form>`,
  )
}
