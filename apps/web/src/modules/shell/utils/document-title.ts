/** "(3) Acme Renewal · Tidings": the unread count first, so it shows in a narrow tab. */
export function documentTitle(page: string | null, unread: number): string {
  const name = page?.trim() ? `${page.trim()} · Tidings` : 'Tidings';
  if (unread <= 0) return name;
  return `(${unread > 99 ? '99+' : unread}) ${name}`;
}
