// The implementation is plain JavaScript shared with the fixture capture script.
export { totpCode } from '../../scripts/totp.mjs'
