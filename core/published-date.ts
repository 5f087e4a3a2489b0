/**
 * A page's stated publication date, as the day it was written for (YYYY-MM-DD), and whether an event came after
 * it. Dates are read as the page wrote them: "2015-07-24T05:36:09+01:00" is 24 July 2015, whatever the reader's
 * time zone.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const iso = (y: number, m: number, d: number): string | undefined => {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? undefined : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The day a date string names: ISO 8601 ("2019-11-20T11:19:29Z", "2019-11-20 11:19"), or "November 20, 2019", "Mon, 18 Nov 2019 16:07". */
export function normalisePublished(raw: string): string | undefined {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m && month(m[1])) return iso(Number(m[3]), month(m[1]), Number(m[2]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && month(m[2])) return iso(Number(m[3]), month(m[2]), Number(m[1]));
  return undefined;
}

/** Whether an event dated `date` happened after an article published on `published` (same day is not after). */
export const isAfterArticle = (date: string, published: string): boolean => date.slice(0, 10) > published.slice(0, 10);
