/** A message Kratos's courier queued (admin `GET /admin/courier/messages`; bodies only with `--dev`). */
export interface CourierMessage {
  id: string
  status: string
  recipient: string
  subject: string
  body: string
  template_type: string
  created_at: string
}
export function courierMessages(adminUrl: string, recipient: string): Promise<CourierMessage[]>
export function codeIn(body: string): string | undefined
export function latestCode(
  adminUrl: string,
  recipient: string,
  options?: { templateTypes?: string[]; skip?: string[]; timeoutMs?: number },
): Promise<{ code: string; id: string }>
