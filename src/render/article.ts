// The article as the reader sees it: evidence sentences shaded, statistics' and turned-down sentences tinted,
// triggers underlined, mentions marked by kind, and every field's source words wrapped so a card can light them.
import type { MentionKind, Span } from "../contract.js";
import { escapeHtml } from "./escape.js";
import { nestLayers, type Layer } from "./nest.js";
import type { DocumentView } from "./view.js";

export const MENTION_KINDS: readonly MentionKind[] = ["person", "role", "organisation", "place", "date", "number"];

/** Outer to inner where extents tie: the sentence holds the source words, which hold the trigger and the mark. */
const RANK = { sentence: 0, source: 1, trigger: 2, mention: 3 } as const;

type SentenceKind = "evidence" | "statistic" | "rejected";

interface Gathered<T> {
  span: Span;
  items: T[];
}

export function articleHtml(view: DocumentView): string {
  return nestLayers(view.text, [...sentenceLayers(view), ...sourceLayers(view), ...triggerLayers(view), ...mentionLayers(view)]);
}

function sentenceLayers(view: DocumentView): Layer[] {
  const sentences = gatherer<{ kind: SentenceKind; key: string | null }>();
  for (const record of view.records) {
    for (const span of record.evidence) sentences.add(span, { kind: "evidence", key: `${record.key}-evidence` });
  }
  for (const { key, evidence } of view.statistics) if (evidence) sentences.add(evidence, { kind: "statistic", key });
  for (const { sentence } of view.rejected) if (sentence) sentences.add(sentence, { kind: "rejected", key: null });
  return sentences.all().map(({ span, items }) => {
    const kinds = new Set(items.map((item) => item.kind));
    // A sentence that gave a record or a figure is shaded as such, even if a look-alike in it was turned down.
    const classes = ["sentence", ...(["evidence", "statistic"] as const).filter((kind) => kinds.has(kind))];
    if (classes.length === 1) classes.push("rejected");
    const keys = items.flatMap((item) => item.key ?? []);
    return wrap(span, RANK.sentence, `<span class="${classes.join(" ")}"${sourceAttribute(keys)}>`, "</span>");
  });
}

function sourceLayers(view: DocumentView): Layer[] {
  const sources = gatherer<string>();
  for (const record of view.records) for (const source of Object.values(record.fields)) sources.add(source.span, source.key);
  return sources.all().map(({ span, items }) => wrap(span, RANK.source, `<span class="source"${sourceAttribute(items)}>`, "</span>"));
}

function triggerLayers(view: DocumentView): Layer[] {
  const triggers = gatherer<{ key: string; title: string; rejected: boolean }>();
  for (const record of view.records) {
    if (record.trigger) triggers.add(record.trigger.span, { key: record.trigger.key, title: `trigger: ${record.trigger.rule}`, rejected: false });
  }
  for (const { key, rejected, span } of view.rejected) {
    triggers.add(span, { key, title: `turned down: ${rejected.reason} (${rejected.rule})`, rejected: true });
  }
  return triggers.all().map(({ span, items }) => {
    const classes = items.every((item) => item.rejected) ? "trigger rejected-trigger" : "trigger";
    const keys = items.map((item) => item.key);
    const title = items.map((item) => item.title).join("; ");
    return wrap(span, RANK.trigger, `<span class="${classes}"${sourceAttribute(keys)} title="${escapeHtml(title)}">`, "</span>");
  });
}

function mentionLayers(view: DocumentView): Layer[] {
  return view.mentions.map(({ kind, span, rule }) => {
    const known = MENTION_KINDS.includes(kind) ? kind : "other";
    const label = escapeHtml(String(kind));
    const open = `<mark class="mention m-${known}" title="${label} (${escapeHtml(String(rule))})">`;
    // The label is drawn by CSS from an empty element, so the page's text stays exactly the article's text.
    return { ...wrap(span, RANK.mention, open, "</mark>"), closeAtEnd: `<span class="label" data-label="${label}"></span></mark>` };
  });
}

function wrap(span: Span, rank: number, open: string, close: string): Layer {
  return { start: span.start, end: span.end, rank, open, close };
}

function sourceAttribute(keys: readonly string[]): string {
  return keys.length > 0 ? ` data-src="${escapeHtml(keys.join(" "))}"` : "";
}

/** Collects items by span, so words named by several fields or records become one element. */
function gatherer<T>(): { add(span: Span, item: T): void; all(): Gathered<T>[] } {
  const bySpan = new Map<string, Gathered<T>>();
  return {
    add(span, item) {
      const key = `${span.start}:${span.end}`;
      const gathered = bySpan.get(key);
      if (gathered) gathered.items.push(item);
      else bySpan.set(key, { span, items: [item] });
    },
    all: () => [...bySpan.values()],
  };
}
