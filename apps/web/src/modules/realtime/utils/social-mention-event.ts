import { parseServerEvent, type SocialMentionEvent as ContractSocialMentionEvent } from '@tidings/contracts';

/** The socket's `social:mention` payload: a mention as it is now, after arriving or changing. */
export type SocialMentionEvent = ContractSocialMentionEvent;

/** Checked against the shared socket contract; null for payloads that do not fit. */
export function parseSocialMentionEvent(payload: unknown): SocialMentionEvent | null {
  return parseServerEvent('social:mention', payload);
}
