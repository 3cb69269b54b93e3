// Regex alternations compiled from lexicon forms: unique, longest first (so "defected" wins over "defect").

/** Escapes a form for a regex; runs of spaces match any whitespace, and apostrophe styles are interchangeable. */
export function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+");
}

/** `(?:longest|long|short)` over the forms, each written by `escape`. */
export function alternation(forms: readonly string[], escape: (form: string) => string = escapeForm): string {
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escape).join("|")})`;
}
