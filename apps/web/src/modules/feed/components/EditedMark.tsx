import { formatAbsoluteTime } from 'src/modules/feed/utils/relative-time';

/** "(edited)", with when in its tooltip. */
export function EditedMark({ iso }: { iso: string }) {
  const when = `Edited ${formatAbsoluteTime(iso)}`;
  return (
    <time className="edited-mark" dateTime={iso} title={when}>
      (edited)
    </time>
  );
}
