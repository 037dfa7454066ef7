import { describe, expect, it } from 'vitest'
import { nextPageFromLink } from '../../src/kratos/linkHeader'
import { kratosLink, pageToken } from './sessionsKratos'

describe('nextPageFromLink', () => {
  it('reads page_token and page_size of rel="next" as Kratos writes it', () => {
    expect(nextPageFromLink(kratosLink(5, 0, 2))).toEqual({ pageToken: pageToken(2), pageSize: 2 })
    expect(nextPageFromLink(kratosLink(5, 2, 2))).toEqual({ pageToken: pageToken(4), pageSize: 2 })
  })
  it('finds no next page on the last page, for a single page, or without a header', () => {
    expect(nextPageFromLink(kratosLink(5, 4, 2))).toBeUndefined()
    expect(nextPageFromLink(kratosLink(2, 0, 250))).toBeUndefined()
    expect(nextPageFromLink(null)).toBeUndefined()
    expect(nextPageFromLink('<https://x.example/sessions?page=2>; rel="next"')).toBeUndefined()
  })
})
