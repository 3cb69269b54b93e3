// HTML: one self-contained page for a person (src/render), with a list of documents first, so it is written once
// the last outcome is in. The page shows the articles themselves, so the format sees each document on its way in.
import { renderHtmlReport, type HtmlDocument, type HtmlFailedDocument } from "../../render/index.js";
import { parseNdjsonLine, type DocumentOutcome, type SourceItem } from "../../stream/index.js";
import type { OutcomeFormat } from "./index.js";

export function htmlFormat(): OutcomeFormat {
  // Outcomes come back one per document in input order, so the texts wait in the same order.
  const texts: Array<string | null> = [];
  const documents: Array<HtmlDocument | HtmlFailedDocument> = [];
  return {
    explains: true,
    async *read(items: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
      for await (const read of items) {
        // The page needs each line's text here, so lines are parsed in this thread.
        const item = "ndjson" in read ? parseNdjsonLine(read.ndjson) : read;
        texts.push("input" in item && typeof item.input.text === "string" ? item.input.text : null);
        yield item;
      }
    },
    begin: () => "",
    format(outcome) {
      const text = texts.shift() ?? null;
      const title = titleOf(outcome);
      documents.push("error" in outcome || text === null ? { title, error: errorOf(outcome) } : { title, text, result: outcome.result });
      return "";
    },
    end: () => renderHtmlReport(documents),
  };
}

function titleOf(outcome: DocumentOutcome): string | undefined {
  const line = outcome.line === undefined ? null : `line ${outcome.line}`;
  if (outcome.id === null) return line ?? undefined;
  return line ? `${outcome.id} (${line})` : String(outcome.id);
}

function errorOf(outcome: DocumentOutcome): { code: string; message: string } {
  return "error" in outcome ? outcome.error : { code: "missing_text", message: "defection-extractor: the document's text did not reach the page" };
}
