// The reference date and document id options: every value either reads as a four-digit calendar day (0001-01-01 to
// 9999-12-31) or throws InvalidInputError naming the option, never a bare RangeError.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../src/index.js";
import { parseDocumentId, parsePublishedAt } from "../src/options.js";

const isoDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("publishedAt values that are a day", () => {
  it.each([
    ["2016-10-12", "2016-10-12"],
    [" 2016-10-12 ", "2016-10-12"],
    ["2016-10-12T10:49", "2016-10-12"],
    ["2016-10-12T23:59:59.123Z", "2016-10-12"],
    ["2016-10-12 08:00:00+09:00", "2016-10-12"],
    ["2016-10-12T08:00-0500", "2016-10-12"],
    ["2016-02-29", "2016-02-29"],
    ["0001-01-01", "0001-01-01"],
    ["0099-12-31", "0099-12-31"],
    ["0100-01-01", "0100-01-01"],
    ["9999-12-31", "9999-12-31"],
    [new Date(Date.UTC(2016, 9, 12, 23, 30)), "2016-10-12"],
    [new Date("0050-06-15T00:00:00Z"), "0050-06-15"],
    [new Date("9999-12-31T23:59:59.999Z"), "9999-12-31"],
  ])("%j is %s", (value, day) => {
    expect(isoDay(parsePublishedAt(value))).toBe(day);
  });

  it.each([[undefined], [null]])("%j is no reference date", (value) => {
    expect(parsePublishedAt(value)).toBeNull();
  });
});

describe("publishedAt values that throw InvalidInputError", () => {
  it.each([
    [new Date(8.64e15)],
    [new Date(-8.64e15)],
    [new Date(Number.NaN)],
    [new Date("+010000-01-01T00:00:00Z")],
    [new Date("0000-12-31T00:00:00Z")],
    ["10000-01-01"],
    ["+010000-01-01"],
    ["0000-01-01"],
    ["-000001-01-01"],
    ["2016-10-12T99:99:99"],
    ["2016-10-12T24:00"],
    ["2016-10-12T10:60"],
    ["2016-10-12T10:00:61"],
    ["2016-10-12T10:00:00+25:00"],
    ["2016-10-12Z"],
    ["2016-10-12T"],
    ["2016-10-12 and later"],
    ["2016-02-30"],
    ["2015-02-29"],
    ["2016-13-01"],
    ["2016-1-12"],
    ["12/10/2016"],
    [""],
    [20161012],
    [{}],
  ])("%j", (value) => {
    expect(() => parsePublishedAt(value)).toThrow(InvalidInputError);
    expect(() => parsePublishedAt(value)).toThrow(/options\.publishedAt/);
  });

  it("names the date it got: a Date beyond 9999 is shown, not called invalid", () => {
    expect(() => parsePublishedAt(new Date(8.64e15))).toThrow("got Date +275760-09-13T00:00:00.000Z");
  });
});

describe("documentId", () => {
  it.each([
    ["yonhap-1", "yonhap-1"],
    [42, "42"],
    [undefined, null],
    [null, null],
  ])("%j is %j", (value, id) => {
    expect(parseDocumentId(value)).toBe(id);
  });

  it.each([[{ id: 1 }], [Number.NaN], [Number.POSITIVE_INFINITY], [true]])("%j throws InvalidInputError", (value) => {
    expect(() => parseDocumentId(value)).toThrow(InvalidInputError);
  });
});
