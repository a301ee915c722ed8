/**
 * The one way dates and times are written to people, in every feature and both languages:
 * "08:05 22/11/2026" and "22/11/2026" (built from parts, so the ICU version cannot turn it into
 * "08:05 22-11"). Formatters are cached per zone: building one costs more than a send.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(at: Date, timeZone: string): Record<string, string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "08:05 22/11/2026". */
export function formatDateTime(at: Date, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "22/11/2026". */
export function formatDate(at: Date, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}
