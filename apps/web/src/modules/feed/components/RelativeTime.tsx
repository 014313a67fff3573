import { formatAbsoluteTime, formatRelativeTime } from 'src/modules/feed/utils/relative-time';

interface RelativeTimeProps {
  iso: string;
  now: number;
}

export function RelativeTime({ iso, now }: RelativeTimeProps) {
  return (
    <time className="relative-time" dateTime={iso} title={formatAbsoluteTime(iso)}>
      {formatRelativeTime(iso, now)}
    </time>
  );
}
