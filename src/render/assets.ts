// The page's only style sheet and script, inlined: the page loads nothing, so it opens anywhere, offline.

export const STYLE = `
:root { --ink: #1f2328; --muted: #5f6670; --line: #d6d9de; --paper: #fff; --ground: #f4f5f7; --focus: #0b5cd5;
  --evidence: #fff0b3; --statistic: #dcebfd; --rejected: #e6e8ec; --lit: #d9480f;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--ground); }
body { margin: 0; line-height: 1.5; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; overflow-wrap: anywhere; } h3 { font-size: 1.05rem; margin-top: 1rem; } h4 { font-size: 1rem; }
.page-header, .documents, main { max-width: 90rem; margin: 0 auto; padding: 1rem; }
.skip { position: absolute; left: -100vw; } .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 1; }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.summary, .document-meta, .card-id, .none, .found-by, .offsets, .sub, .sub-inline { color: var(--muted); }
.note { background: var(--paper); border-left: 4px solid var(--line); padding: .5rem .75rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; list-style: none; padding: 0; margin: .5rem 0 0; font-size: .85rem; }
.swatch { padding: 0 .35em; border-radius: .3em; }
.documents ol { padding-left: 1.5rem; margin: 0; } .documents li { margin: .2rem 0; overflow-wrap: anywhere; }
.document { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin-bottom: 1.5rem; }
.error { color: #a11; }
.columns { display: grid; gap: 1.25rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 2; }
@media (min-width: 62rem) {
  .columns { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
  .text { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; padding-right: .5rem; }
}
.sentence.evidence { background: var(--evidence); }
.sentence.statistic { background: var(--statistic); }
.sentence.evidence.statistic { background: linear-gradient(var(--evidence) 60%, var(--statistic) 60%); }
.sentence.rejected { background: var(--rejected); }
.mention, .swatch { color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.mention { padding: .1em .3em; border-radius: .35em; }
.m-person { background: #c9bffd; } .m-role { background: #f9c0dc; } .m-organisation { background: #a6efef; }
.m-place { background: #fed796; } .m-date { background: #c5e6dd; } .m-number { background: #e4e7d2; } .m-other { background: #ddd; }
.label::after { content: attr(data-label); font: 700 .6rem/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; margin-left: .35em; vertical-align: middle; }
.trigger { text-decoration: underline 2px; text-underline-offset: .25em; font-weight: 600; }
.rejected-trigger { font-weight: normal; text-decoration: underline dotted 2px #8a9099; color: var(--muted); }
.lit { outline: 3px solid var(--lit); outline-offset: 1px; border-radius: .2em; background-color: #ffe3d3; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; margin: 0 0 .75rem; }
.card:hover, .card:focus-within { border-color: #8a9099; box-shadow: 0 1px 4px rgba(0, 0, 0, .08); }
.number { display: inline-block; min-width: 1.5em; padding: 0 .3em; border-radius: 1em; background: var(--ink); color: var(--paper); text-align: center; font-size: .85em; }
.card-id { font: .75rem ui-monospace, monospace; margin: 0 0 .5rem; }
.fields { margin: 0; }
.field { display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); gap: .75rem; padding: .2rem .25rem; border-radius: .3rem; }
.field[data-source]:hover, .field:focus-within { background: var(--ground); }
.field dt { color: var(--muted); font-size: .85rem; padding-top: .1rem; }
.field dd { margin: 0; overflow-wrap: anywhere; }
.sub { display: block; font-size: .85rem; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4em; border: 1px solid var(--line); border-radius: .3em; }
.status { font-weight: 600; }
.why { display: block; font-size: .8rem; color: var(--muted); }
.rule { font: .75rem ui-monospace, monospace; color: var(--ink); background: var(--ground); border: 1px solid var(--line); border-radius: .3em; padding: .1em .45em; cursor: pointer; }
.evidence-list { margin: 0; padding-left: 1.2rem; font-size: .9rem; }
.statistics-list, .rejected-list { padding-left: 1.4rem; }
.statistics-list li, .rejected-list li { margin-bottom: .6rem; }
.sentence-quote { display: block; font-size: .85rem; color: var(--muted); }
.rejected-list { opacity: .75; }
.reason { font-style: italic; }
summary { cursor: pointer; } summary h3 { display: inline; }
@media (max-width: 30rem) { .field { grid-template-columns: minmax(0, 1fr); gap: 0; } .document { padding: .75rem; } }
`;

/** Lights the words behind whatever field the pointer is over or the keyboard is on; a click brings them into view. */
export const SCRIPT = `
(() => {
  "use strict";
  let lit = [];
  const ownerOf = (node) => (node instanceof Element ? node.closest("[data-source]") : null);
  const light = (owner) => {
    for (const element of lit) element.classList.remove("lit");
    lit = owner ? owner.dataset.source.split(" ").flatMap((key) => [...document.querySelectorAll('[data-src~="' + key + '"]')]) : [];
    for (const element of lit) element.classList.add("lit");
    return lit;
  };
  const keepInPanel = (words) => {
    const panel = words[0] && words[0].closest(".text");
    if (!panel || panel.scrollHeight <= panel.clientHeight) return;
    const word = words[0].getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    if (word.top < box.top || word.bottom > box.bottom) panel.scrollTop += word.top - box.top - box.height / 3;
  };
  document.addEventListener("mouseover", (event) => keepInPanel(light(ownerOf(event.target) || ownerOf(document.activeElement))));
  document.addEventListener("focusin", (event) => keepInPanel(light(ownerOf(event.target))));
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button.rule") : null;
    const words = button ? light(ownerOf(button)) : [];
    if (words[0]) words[0].scrollIntoView({ block: "center" });
  });
})();
`;
