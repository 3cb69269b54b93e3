// The output formats of `extract`: each turns outcomes into text, written as it goes (no buffering to the end).
import type { DocumentOutcome, SourceItem } from "../../stream/index.js";
import { csvFormat } from "./csv.js";
import { htmlFormat } from "./html.js";
import { jsonFormat } from "./json.js";
import { ndjsonFormat } from "./ndjson.js";
import { tableFormat } from "./table.js";

export interface OutcomeFormat {
  /** Written before the first outcome. */
  begin(): string;
  format(outcome: DocumentOutcome, index: number): string;
  /** Written after the last outcome. */
  end(): string;
  /** A format that shows why each value was chosen asks the extractor for explanations. */
  explains?: boolean;
  /** Formats that show the articles themselves see every document on its way to the extractor, in input order. */
  read?(items: AsyncIterable<SourceItem>): AsyncIterable<SourceItem>;
}

export const FORMAT_NAMES = ["json", "ndjson", "csv", "table", "html"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function formatFor(name: FormatName): OutcomeFormat {
  switch (name) {
    case "json":
      return jsonFormat;
    case "ndjson":
      return ndjsonFormat;
    case "csv":
      return csvFormat;
    case "table":
      return tableFormat;
    case "html":
      return htmlFormat();
  }
}
