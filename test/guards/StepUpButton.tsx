import { useStepUp, type LoginNavigationOptions } from '../../src'

/** A button that calls useStepUp().stepUp(options), and the error kind it reports. */
export function StepUpButton(options: LoginNavigationOptions) {
  const { stepUp, error } = useStepUp()
  return (
    <>
      <button onClick={() => stepUp(options)}>step up</button>
      {error && <p role="alert">{error.kind}</p>}
    </>
  )
}
