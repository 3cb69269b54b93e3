// A readable summary for a person: each document, then each record on a few labelled lines, then its statistics.
import type { DefectionRecord, Place, StatisticRecord, Timeframe } from "../../contract.js";
import type { DocumentOutcome } from "../../stream/index.js";
import type { OutcomeFormat } from "./index.js";

export const tableFormat: OutcomeFormat = {
  begin: () => "",
  format: (outcome) => `${documentSummary(outcome).join("\n")}\n\n`,
  end: () => "",
};

function documentSummary(outcome: DocumentOutcome): string[] {
  const title = documentTitle(outcome);
  if ("error" in outcome) return [`${title}  ERROR ${outcome.error.code}: ${outcome.error.message}`];
  const { records, statistics, warnings, publishedAt } = outcome.result;
  const lines = [
    `${title}  published ${publishedAt ?? "unknown"}  ${plural(records.length, "record")}, ${plural(statistics.length, "statistic")}`,
  ];
  records.forEach((record, index) => lines.push(...recordLines(record, index + 1)));
  if (statistics.length > 0) lines.push("  statistics:", ...statistics.map((statistic) => `    - ${statisticLine(statistic)}`));
  if (warnings.length > 0) lines.push("  warnings:", ...warnings.map((warning) => `    - ${warning}`));
  return lines;
}

function documentTitle(outcome: DocumentOutcome): string {
  const line = outcome.line === undefined ? null : `line ${outcome.line}`;
  if (outcome.id === null) return `== ${line ?? "(no id)"}`;
  return `== ${outcome.id}${line ? ` (${line})` : ""}`;
}

function recordLines(record: DefectionRecord, number: number): string[] {
  const { name, description } = record.person;
  const who = name && description ? `${name}, ${description}` : (name ?? description ?? "(unnamed)");
  const lines = [`  ${number}. ${who}`];
  const field = (label: string, value: string | null): void => {
    if (value) lines.push(`     ${`${label}:`.padEnd(14)}${value}`);
  };
  field("role", record.role ? `${record.role.title} (${record.role.category})` : null);
  field("organisation", record.organisation ? record.organisation.name + canonicalSuffix(record.organisation) : null);
  field("from -> to", record.origin || record.destination ? `${placeText(record.origin)} -> ${placeText(record.destination)}` : null);
  field("when", record.timeframe ? timeframeText(record.timeframe) : null);
  field("count", record.count === null ? null : String(record.count));
  field("companions", record.companions.length > 0 ? record.companions.join(", ") : null);
  field("status", `${record.status} (confidence ${record.confidence.toFixed(2)})`);
  return lines;
}

function canonicalSuffix(organisation: { name: string; canonical: string | null }): string {
  return organisation.canonical && organisation.canonical !== organisation.name ? ` [${organisation.canonical}]` : "";
}

function placeText(place: Place | null): string {
  if (!place) return "?";
  return place.country && place.kind !== "country" ? `${place.name} (${place.country})` : place.name;
}

function timeframeText(timeframe: Timeframe): string {
  if (!timeframe.start) return timeframe.text;
  const range = timeframe.start === timeframe.end || !timeframe.end ? timeframe.start : `${timeframe.start} .. ${timeframe.end}`;
  return `${timeframe.text} (${range})`;
}

function statisticLine(statistic: StatisticRecord): string {
  const qualifier = statistic.qualifier === "exact" ? "" : `${statistic.qualifier} `;
  const period = statistic.timeframe ? ` (${statistic.timeframe.text})` : "";
  return `${qualifier}${statistic.value.toLocaleString("en-US")} ${statistic.subject}${period}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
