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
  /**
   * By the folded character's code; a run of spaces is one space. A Map, not an array indexed by code: most nodes
   * have one child, and an array written at "z" holds some 200 slots, which over the place names cost 14 MB a thread.
   */
  children: Map<number, TrieNode<K>>;
  phrases: Phrase<K>[];
  /**
   * The code of the node's only child, or NO_CHARACTER: most nodes have one, and a compare is cheaper than a look-up
   * in a Map the walk has not read in a while. Set once the trie is built; a single child's node is in `only`.
   */
  onlyCode: number;
  only: TrieNode<K> | undefined;
}

function emptyNode<K extends string>(): TrieNode<K> {
  return { children: new Map(), phrases: [], onlyCode: NO_CHARACTER, only: undefined };
}

function child<K extends string>(node: TrieNode<K>, code: number): TrieNode<K> | undefined {
  if (node.only !== undefined) return node.onlyCode === code ? node.only : undefined;
  return node.children.get(code);
}

/** Marks every node with a single child, for `child`'s quick path. */
function markSingleChildren<K extends string>(root: TrieNode<K>): void {
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.children.size === 1) {
      const [[code, only]] = [...node.children] as [[number, TrieNode<K>]];
      node.onlyCode = code;
      node.only = only;
    }
    for (const next of node.children.values()) pending.push(next);
  }
}

export interface PhraseMatcher<K extends string> {
  root: TrieNode<K>;
  kinds: readonly K[];
}

const SPACE = 32;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** Letters that Unicode case folding (the regexes' `iu`) equates with a Latin letter that `toLowerCase` keeps apart. */
const FOLDED: Readonly<Record<string, string>> = { "\u017f": "s", "\u212a": "k", "\u212b": "\u00e5" };
/** No key holds this: a character whose lower case is longer than itself. */
const NO_CHARACTER = -1;

/** The code of a character's folded (lower) case. */
function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const character = String.fromCharCode(code);
  const lower = FOLDED[character] ?? character.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : NO_CHARACTER;
}

function isSpace(code: number): boolean {
  return code === SPACE || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/** The trie key of a form: folded case, no apostrophes, one space for every run of spaces. */
function keyOf(form: string): number[] {
  const key: number[] = [];
  for (let at = 0; at < form.length; at++) {
    const code = form.charCodeAt(at);
    if (isApostrophe(code)) continue;
    if (isSpace(code)) {
      if (key.at(-1) !== SPACE) key.push(SPACE);
      continue;
    }
    key.push(fold(code));
  }
  return key;
}

/**
 * Compiles phrases of several kinds into one trie. Within a kind the phrases keep the order of its alternation:
 * longest form first, then alphabetical, as `alternation` sorts them.
 */
export function compilePhraseMatcher<K extends string>(sources: readonly PhraseSource<K>[]): PhraseMatcher<K> {
  const root = emptyNode<K>();
  const kinds = [...new Set(sources.map((source) => source.kind))];
  for (const kind of kinds) {
    const unique = new Map<string, PhraseSource<K>>();
    for (const source of sources) if (source.kind === kind && !unique.has(source.form)) unique.set(source.form, source);
    const ordered = [...unique.values()].sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
    ordered.forEach((source, rank) => {
      let node = root;
      for (const character of keyOf(source.form)) {
        let next = child(node, character);
        if (!next) {
          next = emptyNode<K>();
          node.children.set(character, next);
        }
        node = next;
      }
      node.phrases.push({ kind, form: source.form, rank, pattern: new RegExp(source.source, `${source.flags.replace(/[gy]/g, "")}y`) });
    });
  }
  markSingleChildren(root);
  return { root, kinds };
}

/**
 * Every match of every kind, kind by kind as that kind's alternation would find them with `matchAll`: leftmost, the
 * first phrase in alternation order at a position, never overlapping another of the same kind.
 */
export function matchPhrases<K extends string>(matcher: PhraseMatcher<K>, text: string): PhraseMatch<K>[] {
  const found: PhraseMatch<K>[] = [];
  const reached = new Map<K, number>(matcher.kinds.map((kind) => [kind, 0]));
  const candidates: Phrase<K>[] = [];
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && isWordCharacter(text, start)) continue;
    const first = child(matcher.root, fold(text.charCodeAt(start)));
    if (!first) continue;
    candidates.length = 0;
    collectCandidates(first, text, start + 1, candidates);
    if (candidates.length === 0) continue;
    if (candidates.length > 1) candidates.sort((a, b) => a.rank - b.rank);
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

/** Adds the phrases whose keys the text spells from `from` on, walking the trie as far as the folded text follows it. */
function collectCandidates<K extends string>(first: TrieNode<K>, text: string, from: number, candidates: Phrase<K>[]): void {
  let node = first;
  let at = from;
  for (;;) {
    for (const phrase of node.phrases) candidates.push(phrase);
    while (at < text.length && isApostrophe(text.charCodeAt(at))) at++;
    if (at >= text.length) return;
    const code = text.charCodeAt(at);
    let next: TrieNode<K> | undefined;
    if (isSpace(code)) {
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      next = child(node, SPACE);
    } else {
      next = child(node, fold(code));
      at++;
    }
    if (!next) return;
    node = next;
  }
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

