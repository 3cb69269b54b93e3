// Overlapping ranges over a text as balanced HTML: ranges that nest become nested elements, ranges that cross are
// closed and reopened where they cross, and the text between the tags is the caller's text, escaped.
import { escapeHtml } from "./escape.js";

export interface Layer {
  start: number;
  end: number;
  /** Breaks ties between equal extents: the lower rank is the outer element. */
  rank: number;
  open: string;
  close: string;
  /** Written instead of `close` where the range really ends (not where a crossing range interrupts it). */
  closeAtEnd?: string;
}

export function nestLayers(text: string, layers: readonly Layer[]): string {
  // An empty range has nothing to wrap.
  const ordered = layers.filter((layer) => layer.start < layer.end).sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const points = [...new Set([0, text.length, ...ordered.flatMap((layer) => [layer.start, layer.end])])].sort((a, b) => a - b);
  const openLayers: Layer[] = [];
  let live: Layer[] = [];
  let next = 0;
  let html = "";
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index] ?? 0;
    const to = points[index + 1] ?? text.length;
    live = live.filter((layer) => layer.end > from);
    while (next < ordered.length && (ordered[next]?.start ?? Infinity) <= from) live.push(ordered[next++] as Layer);
    let kept = 0;
    while (kept < openLayers.length && openLayers[kept] === live[kept]) kept += 1;
    while (openLayers.length > kept) html += closing(openLayers.pop() as Layer, from);
    for (const layer of live.slice(kept)) {
      html += layer.open;
      openLayers.push(layer);
    }
    html += escapeHtml(text.slice(from, to));
  }
  while (openLayers.length > 0) html += closing(openLayers.pop() as Layer, text.length);
  return html;
}

function closing(layer: Layer, at: number): string {
  return layer.end === at ? (layer.closeAtEnd ?? layer.close) : layer.close;
}
