import { MONTHS } from './types';

// Months as a planner writes them (`2026-03`) and as the engine counts them (m = 0..59 from
// January of startYear), MODEL.md "Time".

const YYYY_MM = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month index m of a `YYYY-MM` text counted from January of startYear (any integer), or null if it is not `YYYY-MM`. */
export function monthIndex(text: string, startYear: number): number | null {
  const match = YYYY_MM.exec(text);
  if (!match) return null;
  return (Number(match[1]) - startYear) * 12 + Number(match[2]) - 1;
}

/** Month m as `YYYY-MM` (m = 0 is January of startYear). */
export function monthText(startYear: number, m: number): string {
  const year = startYear + Math.floor(m / 12);
  const month = m - Math.floor(m / 12) * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The projection's months as a planner reads them: `2026-01..2030-12`. */
export function projectionSpan(startYear: number): string {
  return `${monthText(startYear, 0)}..${monthText(startYear, MONTHS - 1)}`;
}
