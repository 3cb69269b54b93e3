// Regex alternations compiled from lexicon forms: unique, longest first (so "defected" wins over "defect").

/**
 * Escapes a form for a regex; runs of spaces match any whitespace, and apostrophe styles are interchangeable. A "…"
 * in a form stands for one to three words other than "to": "asked … for asylum" reads "asked French police for
 * asylum", not "asked voters to back asylum".
 */
export function escapeForm(form: string): string {
  return form
    .split(/\s*…\s*/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+"))
    .join(FORM_GAP);
}

const FORM_GAP = "\\s+(?:(?!to\\s)[\\w'’.-]+\\s+){1,3}?";

/** `(?:longest|long|short)` over the forms, each written by `escape`. */
export function alternation(forms: readonly string[], escape: (form: string) => string = escapeForm): string {
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escape).join("|")})`;
}

/**
 * `(?:de(?:fect(?:s|ed)?|sert))`: the same words as `alternation`, factored by shared prefixes, so a scan tries one
 * branch per letter instead of every word (several times faster on text that holds none of them), and, as there, the
 * longest form wins at a position. Literal words only.
 */
export function prefixAlternation(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  // Spelled as `escapeForm` reads them, so that forms it matches alike share one branch and the longest still wins.
  for (const word of new Set(words.map((form) => form.replace(/['’]/g, "'").replace(/\s+/g, " ")))) {
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(character, child);
      }
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([character, child]) => escapeForm(character) + write(child));
    if (branches.length === 0) return "";
    const group = branches.length === 1 ? branches[0] ?? "" : `(?:${branches.join("|")})`;
    if (!node.end) return group;
    return branches.length === 1 ? `(?:${group})?` : `${group}?`;
  };
  return `(?:${write(root)})`;
}
