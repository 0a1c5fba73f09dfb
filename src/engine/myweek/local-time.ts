/**
 * A timestamp as people read it in a time zone: `2026-12-14 09:30` (a bare date stays `2026-12-14`; a local ISO
 * `2026-12-14T09:30` without a zone is already local and only loses its `T`).
 */
export function localTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(iso)) return iso.slice(0, 16).replace("T", " ");
  const ms = Date.parse(iso.includes("T") || iso.includes(" ") ? iso.replace(" ", "T").replace(/\+00$/, "Z") : iso);
  if (Number.isNaN(ms)) return iso;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** The calendar day of a timestamp in a time zone, `YYYY-MM-DD`. */
export function localDay(iso: string, timeZone: string): string {
  return localTime(iso, timeZone).slice(0, 10);
}
