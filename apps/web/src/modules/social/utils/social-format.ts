// People-facing wording of the social figures. The API keeps raw numbers (shares 0..1, minutes).

/** 0.834 → "83%"; null → "—". */
export function formatShare(share: number | null | undefined): string {
  return share == null ? '—' : `${Math.round(share * 100)}%`;
}

/** Working minutes as people say them: "45 min", "3 h 20 min", "2 d 4 h" (a day is 24 h). */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null) return '—';
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} h`;
  const days = Math.floor(m / (24 * 60));
  const hours = Math.floor((m % (24 * 60)) / 60);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

/** -1..1 → "Negative (-0.62)"; the sign is what people read first. */
export function sentimentLabel(sentiment: number | null | undefined): string {
  if (sentiment == null) return '—';
  const word = sentiment >= 0.05 ? 'Positive' : sentiment <= -0.05 ? 'Negative' : 'Neutral';
  return `${word} (${sentiment.toFixed(2)})`;
}

export function sentimentTone(sentiment: number): 'positive' | 'negative' | 'neutral' {
  return sentiment >= 0.05 ? 'positive' : sentiment <= -0.05 ? 'negative' : 'neutral';
}

/** The scorer's influence band (LOW, MEDIUM, HIGH, TOP: by followers, verified one higher), in words. */
export function influenceLabel(band: string, verified: boolean): string {
  return `${band.charAt(0)}${band.slice(1).toLowerCase()} influence${verified ? ', verified' : ''}`;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function formatFollowers(followers: number): string {
  return `${compact.format(followers)} ${followers === 1 ? 'follower' : 'followers'}`;
}

/** "due in 3 h" / "overdue by 20 min", against `now`. */
export function dueLabel(dueAt: string, now: number): string {
  const minutes = (new Date(dueAt).getTime() - now) / 60_000;
  return minutes >= 0 ? `due in ${formatMinutes(minutes)}` : `overdue by ${formatMinutes(-minutes)}`;
}

/** "2026-12-01" → "Dec 1", for chart axes. */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
