// Stage: render. One self-contained HTML page (no network, no external assets) that shows results over their
// texts: evidence and mentions marked in the article, a card per record whose fields light the words they came from.
export { renderHtml, renderHtmlReport, type HtmlDocument, type HtmlFailedDocument, type HtmlOptions } from "./page.js";
