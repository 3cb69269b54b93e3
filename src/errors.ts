// Errors thrown for bad arguments; messages name the library, the field, what was expected and what was found.

export class InvalidInputError extends TypeError {
  override readonly name = "InvalidInputError";
  /** The argument or option at fault, e.g. "text" or "options.publishedAt". */
  readonly field: string;

  constructor(field: string, expected: string, found: unknown) {
    super(`defection-extractor: ${field} must be ${expected}; got ${describe(found)}`);
    this.field = field;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : `Date ${value.toISOString()}`;
  return typeof value;
}
