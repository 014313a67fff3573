import { useNow } from 'src/modules/feed/hooks/useNow';
import { humanizeEnum } from 'src/modules/records/utils/labels';
import type { SlaStatus } from 'src/modules/social/graphql/social.types';
import { dueLabel } from 'src/modules/social/utils/social-format';

/** A case's response SLA: its status chip and, while a clock runs, when the response is due. */
export function SlaBadge({ status, dueAt }: { status: SlaStatus | null; dueAt: string | null }) {
  const now = useNow();
  if (!status) return <span className="muted">No response clock</span>;
  return (
    <span className="sla-badge" data-testid="sla-badge" data-status={status}>
      <span className={`chip sla-chip sla-chip--${status.toLowerCase().replace('_', '-')}`}>SLA {humanizeEnum(status)}</span>
      {dueAt && (
        <time className="sla-badge__due" dateTime={dueAt} title={new Date(dueAt).toLocaleString()}>
          {dueLabel(dueAt, now)}
        </time>
      )}
    </span>
  );
}
