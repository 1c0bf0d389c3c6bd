/** Today's date where the user is (YYYY-MM-DD), as their calendar shows it — not the UTC date. */
export function localToday(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
