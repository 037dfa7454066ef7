import { useState } from 'react'
import { useTokenSignIn } from '../../src/native'

/** A "sign in" button that hands `answer` (an API flow's body) to useTokenSignIn and shows the outcome, or `error:<kind>`. */
export function SignIn({ answer }: { answer: unknown }) {
  const signIn = useTokenSignIn()
  const [outcome, setOutcome] = useState('')
  return (
    <>
      <button onClick={() => signIn(answer).then(setOutcome, (error: { kind: string }) => setOutcome(`error:${error.kind}`))}>sign in</button>
      <span data-testid="outcome">{outcome}</span>
    </>
  )
}
