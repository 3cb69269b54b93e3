// The options of extractDefections that are values to check and read: the reference date and the document id.
// A bad value throws InvalidInputError naming the option, never a bare RangeError from Date arithmetic.
import { InvalidInputError } from "./errors.js";

/**
 * yyyy-mm-dd, optionally with a time of day (hh:mm, :ss, fractions) and a zone (Z, +hh:mm, -hhmm), each part in
 * its range, nothing after. Only the date as written is used: the day the article carries.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
/** The years a yyyy-mm-dd date can write: a timeframe resolved from any of them is still four digits wide. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;
const EXPECTED_DATE = "an ISO date (yyyy-mm-dd) from 0001-01-01 to 9999-12-31";

/** The reference date at UTC midnight, or null when none is given. */
export function parsePublishedAt(value: unknown): Date | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) throw new InvalidInputError("options.publishedAt", "a valid Date from 0001-01-01 to 9999-12-31", value);
    return utcDay(year, value.getUTCMonth(), value.getUTCDate());
  }
  if (typeof value !== "string") throw new InvalidInputError("options.publishedAt", "an ISO date string or a Date", value);
  const match = ISO_DATE_TIME.exec(value.trim());
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]) - 1, Number(match?.[3])];
  const date = match ? utcDay(year, month, day) : null;
  if (!date || year < FIRST_YEAR || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    throw new InvalidInputError("options.publishedAt", EXPECTED_DATE, value);
  }
  return date;
}

export function parseDocumentId(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new InvalidInputError("options.documentId", "a string", value);
}

/** Midnight UTC of any year: Date.UTC would read the years 0-99 as 1900-1999. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}
