// Pins the public contract's shape: outside scorers read exactly these fields.
import { describe, expectTypeOf, it } from "vitest";
import type { DefectionRecord, ExtractionResult, Place, StatisticRecord, Timeframe } from "../../src/index.js";
import { extractDefections, InvalidInputError } from "../../src/index.js";

describe("public types", () => {
  it("extractDefections returns an ExtractionResult", () => {
    expectTypeOf(extractDefections).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(extractDefections).returns.toEqualTypeOf<ExtractionResult>();
    expectTypeOf<InvalidInputError>().toMatchTypeOf<TypeError>();
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
