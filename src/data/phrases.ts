// One compiled matcher for the gazetteers' phrases (place names, nationality words, organisation names): a character
// trie over folded text (case, apostrophes and runs of spaces ignored) proposes the phrases that can start at a word,
// and each phrase's own sticky regex settles the match, so a text is read once instead of once per kind.

/** One phrase of one kind: `source` is the regex alternative it had in its kind's alternation. */
export interface PhraseSource<K extends string> {
  kind: K;
  form: string;
  /** Matches the phrase at a position, boundaries included (lookbehind and lookahead as in its kind's regex). */
  source: string;
  flags: string;
}

export interface PhraseMatch<K extends string> {
  kind: K;
  form: string;
  start: number;
  end: number;
}

interface Phrase<K extends string> {
  kind: K;
  form: string;
  /** The phrase's place in its kind's alternation: the first that matches at a position wins there. */
  rank: number;
  pattern: RegExp;
}

interface TrieNode<K extends string> {
  next: Map<string, TrieNode<K>>;
  phrases: Phrase<K>[];
}

export interface PhraseMatcher<K extends string> {
  root: TrieNode<K>;
  kinds: readonly K[];
}

const APOSTROPHES = new Set(["'", "’"]);
/** Letters that Unicode case folding (the regexes' `iu`) equates with a Latin letter that `toLowerCase` keeps apart. */
const FOLDED: Readonly<Record<string, string>> = { "\u017f": "s", "\u212a": "k", "\u212b": "\u00e5" };

function fold(character: string): string {
  return FOLDED[character] ?? character.toLowerCase();
}

function isSpace(character: string): boolean {
  const code = character.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(character));
}

/** The trie key of a form: folded case, no apostrophes, one space for every run of spaces. */
function keyOf(form: string): string[] {
  const key: string[] = [];
  for (const character of form.split("")) {
    if (APOSTROPHES.has(character)) continue;
    if (isSpace(character)) {
      if (key.at(-1) !== " ") key.push(" ");
      continue;
    }
    key.push(fold(character));
  }
  return key;
}

/**
 * Compiles phrases of several kinds into one trie. Within a kind the phrases keep the order of its alternation:
 * longest form first, then alphabetical, as `alternation` sorts them.
 */
export function compilePhraseMatcher<K extends string>(sources: readonly PhraseSource<K>[]): PhraseMatcher<K> {
  const root: TrieNode<K> = { next: new Map(), phrases: [] };
  const kinds = [...new Set(sources.map((source) => source.kind))];
  for (const kind of kinds) {
    const unique = new Map<string, PhraseSource<K>>();
    for (const source of sources) if (source.kind === kind && !unique.has(source.form)) unique.set(source.form, source);
    const ordered = [...unique.values()].sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
    ordered.forEach((source, rank) => {
      let node = root;
      for (const character of keyOf(source.form)) {
        let child = node.next.get(character);
        if (!child) {
          child = { next: new Map(), phrases: [] };
          node.next.set(character, child);
        }
        node = child;
      }
      node.phrases.push({ kind, form: source.form, rank, pattern: new RegExp(source.source, `${source.flags.replace(/[gy]/g, "")}y`) });
    });
  }
  return { root, kinds };
}

/**
 * Every match of every kind, kind by kind as that kind's alternation would find them with `matchAll`: leftmost, the
 * first phrase in alternation order at a position, never overlapping another of the same kind.
 */
export function matchPhrases<K extends string>(matcher: PhraseMatcher<K>, text: string): PhraseMatch<K>[] {
  const found: PhraseMatch<K>[] = [];
  const reached = new Map<K, number>(matcher.kinds.map((kind) => [kind, 0]));
  for (let start = 0; start < text.length; start++) {
    const first = matcher.root.next.get(fold(text.charAt(start)));
    if (!first || (start > 0 && isWordCharacter(text, start))) continue;
    const candidates = candidatesFrom(first, text, start + 1);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a.rank - b.rank);
    for (const kind of matcher.kinds) {
      if (start < (reached.get(kind) ?? 0)) continue;
      for (const phrase of candidates) {
        if (phrase.kind !== kind) continue;
        phrase.pattern.lastIndex = start;
        const match = phrase.pattern.exec(text);
        if (!match) continue;
        const end = start + match[0].length;
        found.push({ kind, form: phrase.form, start, end });
        reached.set(kind, end);
        break;
      }
    }
  }
  return found;
}

/** The phrases whose keys the text spells from `start` on, walking the trie as far as the folded text follows it. */
function candidatesFrom<K extends string>(first: TrieNode<K>, text: string, from: number): Phrase<K>[] {
  const candidates: Phrase<K>[] = [...first.phrases];
  let node: TrieNode<K> | undefined = first;
  let at = from;
  while (node && at < text.length) {
    const character = text.charAt(at);
    if (APOSTROPHES.has(character)) {
      at++;
      continue;
    }
    if (isSpace(character)) {
      while (at < text.length && isSpace(text.charAt(at))) at++;
      node = node.next.get(" ");
    } else {
      node = node.next.get(fold(character));
      at++;
    }
    if (node) candidates.push(...node.phrases);
  }
  return candidates;
}

/**
 * Whether the character before `at` is a letter or digit: no phrase of any kind starts right after one (each kind's
 * own lookbehind may ask for more).
 */
function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const previous = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
  return /[\p{L}\p{N}]/u.test(previous);
}
