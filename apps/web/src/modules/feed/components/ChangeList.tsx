import type { FieldChange } from 'src/modules/feed/graphql/feed.types';
import { formatChange, type NameLookup } from 'src/modules/feed/utils/format-change';

interface ChangeListProps {
  changes: FieldChange[];
  nameOf: NameLookup;
}

function Value({ text, tone }: { text: string | null; tone: string | null }) {
  if (text === null) return <span className="change__empty">none</span>;
  return <span className={tone ? `chip ${tone}` : 'change__value'}>{text}</span>;
}

/** Each tracked field as "stage: Negotiation → Closed Won", or "stage: Prospecting" when first set. */
export function ChangeList({ changes, nameOf }: ChangeListProps) {
  if (changes.length === 0) return null;
  return (
    <ul className="changes" aria-label="Changes">
      {changes.map((change, index) => {
        const view = formatChange(change, nameOf);
        return (
          <li key={`${change.field}-${index}`} className="change" data-field={change.field}>
            <span className="change__field">{view.label}:</span>{' '}
            {/* A field set for the first time shows its value alone, not "none →". */}
            {change.from !== null && (
              <>
                <Value text={view.from} tone={view.fromTone} />
                <span className="change__arrow">{' → '}</span>
              </>
            )}
            <Value text={view.to} tone={view.toTone} />
          </li>
        );
      })}
    </ul>
  );
}
