// Builds regex alternations from lexicon word forms, longest first so "defected" wins over "defect".

export function alternation(forms: readonly string[]): string {
  const unique = [...new Set(forms.map((form) => form.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((form) => escapeForm(form)).join("|")})`;
}

/** Escapes a word form for a regex and lets its spaces match any run of whitespace. */
function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}
