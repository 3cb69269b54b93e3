// Masks page furniture, markup and invisible characters with spaces (same length), so offsets into the original
// never move. Furniture patterns are kept as data in src/data/furniture.json: whole-line patterns, and phrases
// that make a short line furniture wherever they stand ("All rights reserved").
import furniture from "../data/furniture.json";
import { linesOf } from "./lines.js";

/** Furniture is short; a long line is prose even if it starts like a menu ("Copyright law in Seoul ..."). */
const MAX_FURNITURE_LINE = 160;
const furnitureLine = new RegExp(`^(?:${furniture.lines.join("|")})$`, "i");
const furniturePhrase = new RegExp(furniture.lineContains.join("|"), "i");
/** A line with letters but none of them Latin (a Korean or Chinese menu, a mis-decoded byte run). */
const nonLatinLine = /^[^\p{Script=Latin}]*[^\p{Script=Latin}\P{L}][^\p{Script=Latin}]*$/u;
/** A rule, a row of stars or arrows: punctuation and symbols only. */
const symbolsOnlyLine = /^[\p{P}\p{S}\s]+$/u;
/** Script and style bodies, comments, tags and entities; then bullet glyphs and control characters (not \t \n \r). */
const inlineNoise = new RegExp(
  [
    "<(script|style|noscript)\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>",
    "<!--[\\s\\S]*?-->",
    "<\\/?[a-zA-Z][^<>]*>",
    "&(?:[a-zA-Z]{2,8}|#\\d{1,7}|#x[\\da-fA-F]{1,6});",
    furniture.glyphs,
    "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufffd]",
  ].join("|"),
  "g",
);
/** A furniture line that wraps: "Log in to Twitter or Facebook account to connect" / "with the Daily". */
const continuation = /^\s*[a-z]/;

/** Same length as the input: furniture lines, tags, entities, bullets and control characters become spaces. */
export function maskFurniture(text: string): string {
  const cleaned = text.replace(inlineNoise, blank);
  const pieces: string[] = [];
  let previousWasFurniture = false;
  for (const { start, end, terminator } of linesOf(cleaned)) {
    const line = cleaned.slice(start, end);
    const trimmed = line.trim();
    if (trimmed === "") {
      pieces.push(line);
    } else {
      const masked: boolean = isFurniture(trimmed) || (previousWasFurniture && continuation.test(line) && trimmed.length < MAX_FURNITURE_LINE);
      pieces.push(masked ? blank(line) : line);
      previousWasFurniture = masked;
    }
    pieces.push(terminator);
  }
  return pieces.join("");
}

function isFurniture(line: string): boolean {
  if (line.length < MAX_FURNITURE_LINE && (furnitureLine.test(line) || furniturePhrase.test(line) || symbolsOnlyLine.test(line))) return true;
  return !/[A-Za-z]/.test(line) && nonLatinLine.test(line);
}

function blank(match: string): string {
  return " ".repeat(match.length);
}
