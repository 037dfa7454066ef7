// Building block: @ory/client's FrontendApi (axios-based), which this SDK does not need.
export { FrontendApi, Configuration } from '@ory/client'
