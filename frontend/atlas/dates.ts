// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the API sends them; the same rules as the server's
// PartialDate and Period: a partial date covers its whole span, and an end is inclusive.

export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

export function within(day: string, from: string, to: string | null): boolean {
  return firstDay(from) <= day && (to === null || day <= lastDay(to));
}

/** The latest entry of a dated series that started on or before the day. */
export function latest<T>(series: T[], since: (t: T) => string, day: string): T | undefined {
  let found: T | undefined;
  for (const item of series) {
    if (firstDay(since(item)) <= day) found = item;
  }
  return found;
}

const DAY_MS = 86_400_000;

export function toDayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
