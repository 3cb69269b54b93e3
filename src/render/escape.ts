// HTML escaping: every string that comes from an article or a result reaches the page through here.

const REPLACEMENTS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // The HTML parser turns a raw CR into LF and drops a raw NUL; as references both keep their one code unit,
  // so the page's text keeps the caller's offsets.
  "\r": "&#13;",
  "\0": "&#xFFFD;",
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\r\0]/g, (char) => REPLACEMENTS[char] ?? char);
}
