// Formatting for the benchmark's report: markdown tables, rounded figures and the verdict against a target.

/** A markdown table; `columns` are `{ title, align }` with align "left" or "right", rows are arrays of cells. */
export function markdownTable(columns, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const rule = columns.map((column) => (column.align === "right" ? "---:" : "---"));
  const width = columns.length;
  const body = rows.map((row) => {
    if (row.length > width) throw new Error(`bench: a table row has ${row.length} cells for ${width} columns`);
    return line([...row, ...Array.from({ length: width - row.length }, () => "")].map(cellText));
  });
  return [line(columns.map((column) => column.title)), line(rule), ...body].join("\n");
}

/** A number for a table: whole above 100, one decimal above 10, `digits` decimals above 0.01, else 2 significant. */
export function formatNumber(value, digits = 2) {
  if (typeof value !== "number" || Number.isNaN(value)) return "-";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const magnitude = Math.abs(value);
  if (magnitude === 0) return "0";
  if (magnitude < 0.01) return String(Number(value.toPrecision(2)));
  const decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : digits;
  return String(Number(value.toFixed(decimals)));
}

/** "0.25x" for a ratio. */
export function formatRatio(value) {
  return typeof value === "number" ? `${formatNumber(value)}x` : "-";
}

/**
 * The verdict of a figure against its target: `{ target: "<= 0.3x", met }`. `bound` is `{ atMost }` or
 * `{ atLeast }`; a figure with no value (not measured, over its time cap) misses its target.
 */
export function against(value, bound, unit = "") {
  if ("atMost" in bound) {
    return { target: `<= ${bound.atMost}${unit}`, met: typeof value === "number" && value <= bound.atMost };
  }
  return { target: `>= ${bound.atLeast}${unit}`, met: typeof value === "number" && value >= bound.atLeast };
}

/** The verdict cell: "ok" when the target holds, a bold MISS when not, empty for a figure without a target. */
export function verdictCell(verdict) {
  if (verdict === undefined) return "";
  return verdict.met ? "ok" : "**MISS**";
}

function cellText(cell) {
  return String(cell ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");
}
