// <Security> needs an OktaAuth instance from @okta/okta-auth-js, so it is counted. SecureRoute's
// react-router-dom is the app's router: kept external like react.
export { Security, useOktaAuth, SecureRoute } from '@okta/okta-react'
export { OktaAuth } from '@okta/okta-auth-js'
