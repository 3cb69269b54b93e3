// One self-contained page for one or several documents: a header with the legend, a list of documents when there
// are several, and a section per document with its article beside what was found in it.
import type { ExplainedResult, ExtractionResult } from "../contract.js";
import { InvalidInputError } from "../errors.js";
import { articleHtml, MENTION_KINDS } from "./article.js";
import { SCRIPT, STYLE } from "./assets.js";
import { escapeHtml } from "./escape.js";
import { count, findingsHtml } from "./findings.js";
import { viewDocument, type DocumentView } from "./view.js";

/** An article and the result extracted from it (with or without `explain: true`). */
export interface HtmlDocument {
  title?: string;
  text: string;
  result: ExtractionResult | ExplainedResult;
}

/** A document that gave no result, shown in its place with the reason. */
export interface HtmlFailedDocument {
  title?: string;
  error: { code: string; message: string };
}

export interface HtmlOptions {
  /** The page title; defaults to the document id, or "Defection records". */
  title?: string;
}

const DEFAULT_TITLE = "Defection records";
const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

/**
 * Renders one article and its result as a self-contained HTML page.
 *
 * @example
 * const text = "Kim Chol-song, a third secretary at North Korea's trade mission in Russia, escaped to Seoul in late July.";
 * writeFileSync("report.html", renderHtml(text, extractDefections(text, { explain: true })));
 * // <!doctype html> ... <mark class="mention m-person" title="person (person/korean-name)">Kim Chol-song ...
 */
export function renderHtml(text: string, result: ExtractionResult | ExplainedResult, options: HtmlOptions = {}): string {
  checkDocument({ text, result }, "");
  const title = options.title ?? result.documentId ?? undefined;
  return renderHtmlReport([{ title, text, result }], { title });
}

/** Renders several documents as one page with a list of documents; failed ones are shown with their error. */
export function renderHtmlReport(documents: ReadonlyArray<HtmlDocument | HtmlFailedDocument>, options: HtmlOptions = {}): string {
  if (!Array.isArray(documents)) throw new InvalidInputError("documents", "an array of documents", documents);
  documents.forEach((document, index) => checkDocument(document, `documents[${index}].`));
  const sections = documents.map((document, index) => {
    const key = `d${index + 1}`;
    const title = document.title ?? ("result" in document ? document.result.documentId : null) ?? `Document ${index + 1}`;
    return "error" in document ? { key, title, view: null, error: document.error } : { key, title, view: viewDocument(key, document.text, document.result), error: null };
  });
  const views = sections.flatMap((section) => section.view ?? []);
  const title = options.title ?? DEFAULT_TITLE;
  return [
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}">\n<meta name="generator" content="defection-extractor">`,
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>`,
    sections.length > 1 ? `<a class="skip" href="#main">Skip to the documents</a>` : "",
    headerHtml(title, sections.length, views),
    sections.length > 1 ? documentListHtml(sections) : "",
    `<main id="main">`,
    ...sections.map((section) => (section.view ? documentHtml(section.title, section.view) : failedHtml(section.key, section.title, section.error))),
    `</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`,
  ].join("\n");
}

function checkDocument(document: HtmlDocument | HtmlFailedDocument, path: string): void {
  if (typeof document !== "object" || document === null) throw new InvalidInputError(path ? path.slice(0, -1) : "document", "an object", document);
  if (document.title !== undefined && typeof document.title !== "string") throw new InvalidInputError(`${path}title`, "a string", document.title);
  if ("error" in document) return;
  if (typeof document.text !== "string") throw new InvalidInputError(`${path}text`, "a string", document.text);
  const { result } = document;
  if (typeof result !== "object" || result === null || !Array.isArray(result.records)) {
    throw new InvalidInputError(`${path}result`, "an extraction result", result);
  }
}

function headerHtml(title: string, documents: number, views: DocumentView[]): string {
  const total = (pick: (view: DocumentView) => number): number => views.reduce((sum, view) => sum + pick(view), 0);
  const parts = [
    documents > 1 ? count(documents, "document") : null,
    count(total((view) => view.records.length), "record"),
    count(total((view) => view.statistics.length), "statistic"),
    views.some((view) => view.explained) ? count(total((view) => view.rejected.length), "turned-down trigger") : null,
  ];
  const explained = views.some((view) => view.explained);
  const note = explained || views.length === 0
    ? ""
    : `<p class="note">This result has no explanations, so mentions are not marked and fields name no rule. ` +
      `Extract with <code>{ explain: true }</code> (or <code>--explain</code>) to see them.</p>`;
  return (
    `<header class="page-header"><h1>${escapeHtml(title)}</h1>` +
    `<p class="summary">${parts.filter((part) => part !== null).join(" · ")}</p>${note}${legendHtml(explained)}</header>`
  );
}

function legendHtml(explained: boolean): string {
  const shading = [
    `<li><span class="swatch sentence evidence">record evidence</span></li>`,
    `<li><span class="swatch sentence statistic">statistic</span></li>`,
  ];
  const marks = explained
    ? [
        `<li><span class="swatch sentence rejected">turned down</span></li>`,
        `<li><span class="trigger">trigger</span></li>`,
        ...MENTION_KINDS.map((kind) => `<li><span class="swatch m-${kind}">${kind}</span></li>`),
      ]
    : [];
  return `<ul class="legend" aria-label="Legend">${[...shading, ...marks].join("")}</ul>`;
}

function documentListHtml(sections: Array<{ key: string; title: string; view: DocumentView | null }>): string {
  const items = sections.map(({ key, title, view }) => {
    const summary = view ? `${count(view.records.length, "record")}, ${count(view.statistics.length, "statistic")}` : "failed";
    return `<li><a href="#${key}">${escapeHtml(title)}</a> <span class="summary">${summary}</span></li>`;
  });
  return `<nav class="documents" aria-labelledby="documents-title"><h2 id="documents-title">Documents</h2><ol>${items.join("")}</ol></nav>`;
}

function documentHtml(title: string, view: DocumentView): string {
  const { result } = view;
  const meta = [`published ${escapeHtml(result.publishedAt ?? "unknown")}`, count(view.records.length, "record"), count(view.statistics.length, "statistic")];
  const warnings = [...(Array.isArray(result.warnings) ? result.warnings : [])];
  if (view.misplacedSpans > 0) warnings.push(`${count(view.misplacedSpans, "span")} of this result do not fit this text and are not drawn`);
  const warningList = warnings.length > 0 ? `<ul class="warnings">${warnings.map((warning) => `<li>${escapeHtml(String(warning))}</li>`).join("")}</ul>` : "";
  return (
    `<section class="document" id="${view.key}" aria-labelledby="${view.key}-title">` +
    `<h2 id="${view.key}-title">${escapeHtml(title)}</h2><p class="document-meta">${meta.join(" · ")}</p>${warningList}` +
    `<div class="columns"><div class="text" tabindex="0" role="region" aria-label="Article text">${articleHtml(view)}</div>` +
    `<div class="findings">${findingsHtml(view)}</div></div></section>`
  );
}

function failedHtml(key: string, title: string, error: { code: string; message: string } | null): string {
  const reason = error ? `${escapeHtml(String(error.code))}: ${escapeHtml(String(error.message))}` : "no result";
  return `<section class="document" id="${key}" aria-labelledby="${key}-title"><h2 id="${key}-title">${escapeHtml(title)}</h2><p class="error">${reason}</p></section>`;
}
