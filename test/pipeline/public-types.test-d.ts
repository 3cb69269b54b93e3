// Pins the public contract's shape: outside scorers read exactly these fields.
import { describe, expectTypeOf, it } from "vitest";
import type { DefectionRecord, ExplainedResult, ExtractionResult, Place, StatisticRecord, Timeframe } from "../../src/index.js";
import { extractDefections, InvalidInputError } from "../../src/index.js";

describe("public types", () => {
  it("extractDefections returns an ExtractionResult", () => {
    expectTypeOf(extractDefections).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(extractDefections("text")).toEqualTypeOf<ExtractionResult>();
    expectTypeOf(extractDefections("text", { publishedAt: "2016-10-12" })).toEqualTypeOf<ExtractionResult>();
    expectTypeOf<InvalidInputError>().toMatchTypeOf<TypeError>();
  });

  it("with explain: true it returns an ExplainedResult, whose records say where each field came from", () => {
    expectTypeOf(extractDefections("text", { explain: true })).toEqualTypeOf<ExplainedResult>();
    expectTypeOf<ExplainedResult>().toMatchTypeOf<ExtractionResult>();
    expectTypeOf<ExplainedResult["records"][number]["explanation"]["fields"]["origin"]>().toEqualTypeOf<
      { rule: string; span: { text: string; start: number; end: number }; mention?: string } | undefined
    >();
    expectTypeOf<ExplainedResult["rejected"][number]["reason"]>().toEqualTypeOf<"lookalike" | "negation" | "hedge" | "vague-plural" | "no-subject">();
  });

  it("records carry every contract field", () => {
    expectTypeOf<DefectionRecord["person"]>().toEqualTypeOf<{ name: string | null; description: string | null }>();
    expectTypeOf<DefectionRecord["status"]>().toEqualTypeOf<"defected" | "attempted" | "arrested" | "repatriated">();
    expectTypeOf<DefectionRecord["count"]>().toEqualTypeOf<number | null>();
    expectTypeOf<DefectionRecord["companions"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Place["kind"]>().toEqualTypeOf<"city" | "country" | "region">();
    expectTypeOf<Timeframe["precision"]>().toEqualTypeOf<"day" | "month" | "year" | "unknown">();
    expectTypeOf<StatisticRecord["qualifier"]>().toEqualTypeOf<"exact" | "about" | "at least" | "more than" | "less than">();
    expectTypeOf<ExtractionResult["publishedAt"]>().toEqualTypeOf<string | null>();
  });
});
