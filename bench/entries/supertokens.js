// SuperTokens.init({ recipeList: [Session.init()] }) is required before the wrapper works, so both are counted.
export { default as SuperTokens, SuperTokensWrapper } from 'supertokens-auth-react'
export { default as Session, useSessionContext, SessionAuth } from 'supertokens-auth-react/recipe/session'
