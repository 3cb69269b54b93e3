// What was found, beside the article: a card per record with every field and the rule behind it, the statistics
// with their sentences, and the defection-like words that were turned down, with why.
import type { ExplainedField, Place, RejectionReason, Span, StatisticRecord, Timeframe } from "../contract.js";
import { escapeHtml } from "./escape.js";
import type { DocumentView, RecordView, RejectedView, SourceView, StatisticView } from "./view.js";

const REASON_LABELS: Record<RejectionReason, string> = {
  lookalike: "look-alike",
  negation: "negated",
  hedge: "hedged",
  "vague-plural": "vague plural",
  "no-subject": "no subject",
};

const QUOTE_LENGTH = 90;

export function findingsHtml(view: DocumentView): string {
  return [recordsHtml(view), statisticsHtml(view), rejectedHtml(view)].join("");
}

function recordsHtml(view: DocumentView): string {
  const heading = `<h3 id="${view.key}-records">${count(view.records.length, "record")}</h3>`;
  if (view.records.length === 0) return `${heading}<p class="none">No defection records in this text.</p>`;
  return `${heading}${view.records.map(cardHtml).join("")}`;
}

function cardHtml(view: RecordView): string {
  const { record, key, fields } = view;
  const who = record.person.name ?? record.person.description ?? "unnamed person";
  const sources = [`${key}-evidence`, ...(view.trigger ? [view.trigger.key] : [])].join(" ");
  const rows = [
    fieldRow("person", personHtml(record.person), fields.person),
    fieldRow("role", record.role && `${escapeHtml(record.role.title)} <span class="tag">${escapeHtml(record.role.category)}</span>`, fields.role),
    fieldRow("organisation", record.organisation && escapeHtml(record.organisation.name) + canonicalHtml(record.organisation), fields.organisation),
    fieldRow("origin", placeHtml(record.origin), fields.origin),
    fieldRow("destination", placeHtml(record.destination), fields.destination),
    fieldRow("timeframe", timeframeHtml(record.timeframe), fields.timeframe),
    fieldRow("count", record.count === null ? null : escapeHtml(String(record.count)), fields.count),
    fieldRow("companions", record.companions.length > 0 ? escapeHtml(record.companions.join(", ")) : null, fields.companions),
    fieldRow("status", `<span class="status status-${escapeHtml(record.status)}">${escapeHtml(record.status)}</span>`, fields.status),
    ...(view.trigger ? [fieldRow("trigger", `<q>${escapeHtml(view.trigger.span.text)}</q>`, view.trigger)] : []),
    fieldRow("confidence", escapeHtml(record.confidence.toFixed(2)), undefined),
    fieldRow("evidence", evidenceHtml(view.evidence), undefined, `${key}-evidence`),
  ];
  return (
    `<article class="card" id="${key}" data-source="${sources}" aria-labelledby="${key}-title">` +
    `<h4 id="${key}-title"><span class="number">${view.number}</span> ${escapeHtml(who)}</h4>` +
    `<p class="card-id">${escapeHtml(record.id)}</p>` +
    `<dl class="fields">${rows.join("")}</dl></article>`
  );
}

/** One field: its value, and when the result says where it came from, the rule and the words it read. */
function fieldRow(label: ExplainedField | "trigger" | "confidence" | "evidence", valueHtml: string | null, source: SourceView | undefined, highlights?: string): string {
  const lit = source?.key ?? highlights;
  const value = valueHtml ?? `<span class="none">none</span>`;
  return (
    `<div class="field field-${label}"${lit ? ` data-source="${lit}"` : ""}>` +
    `<dt>${label}</dt><dd>${value}${source ? sourceHtml(source) : ""}</dd></div>`
  );
}

function sourceHtml(source: SourceView): string {
  const found = source.mention ? ` · <span class="found-by">found by ${escapeHtml(source.mention)}</span>` : "";
  const words = source.span.text === "" ? "" : ` <q>${escapeHtml(shortened(source.span.text))}</q>`;
  return (
    `<span class="why"><button type="button" class="rule" title="show these words in the article">${escapeHtml(source.rule)}</button>` +
    `${words}${found}</span>`
  );
}

function personHtml(person: { name: string | null; description: string | null }): string {
  const name = person.name ? escapeHtml(person.name) : `<span class="none">unnamed</span>`;
  return person.description ? `${name}<span class="sub">${escapeHtml(person.description)}</span>` : name;
}

function canonicalHtml(organisation: { name: string; canonical: string | null }): string {
  if (!organisation.canonical || organisation.canonical === organisation.name) return "";
  return `<span class="sub">canonical: ${escapeHtml(organisation.canonical)}</span>`;
}

function placeHtml(place: Place | null): string | null {
  if (!place) return null;
  const country = place.country ? ` <span class="tag">${escapeHtml(place.country)}</span>` : "";
  return `${escapeHtml(place.name)}${country} <span class="tag">${escapeHtml(place.kind)}</span>`;
}

function timeframeHtml(timeframe: Timeframe | null): string | null {
  if (!timeframe) return null;
  const range = timeframe.start === timeframe.end ? (timeframe.start ?? "unresolved") : `${timeframe.start ?? "?"} to ${timeframe.end ?? "?"}`;
  return `${escapeHtml(timeframe.text)}<span class="sub">${escapeHtml(range)} <span class="tag">${escapeHtml(timeframe.precision)}</span></span>`;
}

function evidenceHtml(evidence: Span[]): string | null {
  if (evidence.length === 0) return null;
  const items = evidence.map((span) => `<li><q>${escapeHtml(span.text)}</q> <span class="offsets">${span.start}–${span.end}</span></li>`);
  return `<ol class="evidence-list">${items.join("")}</ol>`;
}

function statisticsHtml(view: DocumentView): string {
  if (view.statistics.length === 0) return "";
  return `<h3>${count(view.statistics.length, "statistic")}</h3><ol class="statistics-list">${view.statistics.map(statisticHtml).join("")}</ol>`;
}

function statisticHtml({ key, statistic, evidence }: StatisticView): string {
  const sentence = evidence ? `<q class="sentence-quote">${escapeHtml(evidence.text)}</q>` : "";
  const show = evidence ? `<button type="button" class="rule" title="show this sentence in the article">sentence</button>` : "";
  return `<li class="statistic"${evidence ? ` data-source="${key}"` : ""}><strong>${escapeHtml(figure(statistic))}</strong>${periodHtml(statistic)} ${show}${sentence}</li>`;
}

function figure(statistic: StatisticRecord): string {
  const qualifier = statistic.qualifier === "exact" ? "" : `${statistic.qualifier} `;
  return `${qualifier}${statistic.value.toLocaleString("en-US")} ${statistic.subject}`;
}

function periodHtml(statistic: StatisticRecord): string {
  return statistic.timeframe ? ` <span class="sub-inline">(${escapeHtml(statistic.timeframe.text)})</span>` : "";
}

function rejectedHtml(view: DocumentView): string {
  if (view.rejected.length === 0) return "";
  return (
    `<details class="turned-down-triggers" open><summary><h3>${count(view.rejected.length, "turned-down trigger")}</h3></summary>` +
    `<ol class="rejected-list">${view.rejected.map(turnedDownHtml).join("")}</ol></details>`
  );
}

function turnedDownHtml({ key, rejected, span, sentence }: RejectedView): string {
  const reason = REASON_LABELS[rejected.reason] ?? String(rejected.reason);
  return (
    `<li class="turned-down" data-source="${key}"><q>${escapeHtml(span.text)}</q> <span class="reason">${escapeHtml(reason)}</span> ` +
    `<button type="button" class="rule" title="show these words in the article">${escapeHtml(String(rejected.rule))}</button>` +
    ` <span class="found-by">found by ${escapeHtml(String(rejected.trigger))}</span>` +
    `${sentence ? `<q class="sentence-quote">${escapeHtml(sentence.text)}</q>` : ""}</li>`
  );
}

/** "1 record", "3 records". */
export function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

function shortened(words: string): string {
  return words.length <= QUOTE_LENGTH ? words : `${words.slice(0, QUOTE_LENGTH - 1)}…`;
}

