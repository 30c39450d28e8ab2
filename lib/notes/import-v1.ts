// Export files of format version 1 (before the account joined the record): still importable. Each record
// takes the account its link names when the link is its ticket's page, else none (`zendesk::4211`).
import { z } from 'zod/mini';
import { recordId } from './key';
import { accountFromLink } from './link';
import { EXPORT_FORMAT, ExportedFields, type ExportedRecord, Instant } from './model';

/** A version 1 record: today's fields but the account, and the id `<helpdesk>:<ticketId>`. */
const V1Record = z.omit(ExportedFields, { account: true }).check(
  z.refine((r) => r.id === `${r.helpdesk}:${r.ticketId}`, {
    message: 'id must be "<helpdesk>:<ticketId>"',
    path: ['id'],
  }),
);
type V1Record = z.infer<typeof V1Record>;

export const ExportEnvelopeV1 = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: Instant,
  redacted: z.boolean(),
  records: z.array(V1Record),
});

/**
 * The record under today's key. The link is kept as it was: when it named no account, the import's link
 * check drops it and says so (a record without an account has no link).
 */
export function fromV1(record: V1Record): ExportedRecord {
  const account = accountFromLink(record.url, record);
  const { id: _oldId, helpdesk, ...rest } = record;
  return { id: recordId({ helpdesk, account, ticketId: record.ticketId }), helpdesk, account, ...rest };
}
