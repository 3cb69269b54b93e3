// The event's date, not the dateline's, the report's or a ranking's; and which of two dates of one event says more.
import { describe, expect, it } from "vitest";
import type { Timeframe } from "../../src/contract.js";
import { extractDefections } from "../../src/index.js";
import { saysMoreThan } from "../../src/records/event-date.js";

const only = (text: string, publishedAt = "2016-10-12") => {
  const { records } = extractDefections(text, { publishedAt });
  expect(records).toHaveLength(1);
  return records[0]!;
};

describe("timeframe of the event", () => {
  it.each([
    ["Xu Lin, a third secretary at the embassy, said he defected Wednesday night to avoid being sent home.", "2016-10-12"],
    ["In a video posted Thursday, the colonel said he had defected last month.", "2016-09-01"],
    ["Last month, the attorney-general of Aleppo declared defection from the regime in a video posted Wednesday by activists.", "2016-09-01"],
    ["The violinist defected to Austria while on a tour in 1979.", "1979-01-01"],
    ["The choreographer Gezar Pozsar defected to the United States while on a tour in 1981.", "1981-01-01"],
    ["Thae Yong-ho's defection in 2016 shocked Pyongyang.", "2016-01-01"],
    ["The pilot made a dramatic defection on Friday.", "2016-10-07"],
  ])("%s", (text, start) => {
    expect(only(text).timeframe?.start).toBe(start);
  });
});

describe("a date the clause boundary cuts through", () => {
  it("The federation confirmed on Monday that a pitcher was missing. The pitcher had defected to Mexico the day before with two teammates.", () => {
    const text = "The federation confirmed on Monday that a pitcher was missing. The pitcher had defected to Mexico the day before with two teammates.";
    expect(only(text).timeframe).toEqual({ text: "the day before", start: "2016-10-09", end: "2016-10-09", precision: "day" });
  });

  it.each(["A Cuban cellist defected in Madrid three days before the premiere.", "A Cuban cellist defected in Madrid a day before his concert was due."])(
    "counted from another event: %s",
    (text) => {
      expect(only(text).timeframe).toBeNull();
    },
  );
});

describe("a date opening the sentence before the subject", () => {
  it.each([
    ["But last week, two Cuban musicians defected in New York.", "last week", "2016-10-03"],
    ["As recently as last week, a North Korean soldier defected across the border.", "last week", "2016-10-03"],
    ["As late as 1988, the violinist defected to Austria during a tour.", "1988", "1988-01-01"],
    ["But as recently as last month, a Cuban doctor defected in Caracas.", "last month", "2016-09-01"],
  ])("%s", (text, wording, start) => {
    expect(only(text).timeframe).toMatchObject({ text: wording, start });
  });

  it.each([
    "As in 2014, a diplomat defected in Rome.",
    "As recently as last week, officials said, a soldier defected across the border.",
    "As early as Monday, officials said a pilot had defected.",
    "And on Saturday, officials said a pilot had defected.",
  ])("no timeframe: %s", (text) => {
    expect(only(text).timeframe).toBeNull();
  });
});

describe("people who tell their own wish to defect", () => {
  it.each([
    ["Earlier this month, two North Korean sailors said they hoped to defect, Yonhap reported.", "Earlier this month", "2016-10-01"],
    ["The four fishermen told officials on Tuesday that they wished to defect.", "Tuesday", "2016-10-11"],
    ["On Tuesday, four Cuban boxers said they hoped to defect to the United States.", "Tuesday", "2016-10-11"],
  ])("%s", (text, wording, start) => {
    expect(only(text).timeframe).toMatchObject({ text: wording, start });
  });

  it.each([
    "Earlier this month, officials said two sailors hoped to defect.",
    "On Tuesday, the ministry said two fishermen hoped to defect to the South.",
    "The ministry said on Tuesday that two fishermen hoped to defect.",
  ])("a wish told by others is dated by the report: %s", (text) => {
    expect(only(text).timeframe).toBeNull();
  });
});

describe("a retold arrest dates a flight that ended in arrest", () => {
  it.each([
    "Border guards arrested two Cuban doctors on Friday, including Mara Lopez. Lopez had tried to defect to Colombia but was detained at the bridge.",
    "Mara Lopez tried to defect to Colombia but was detained at the bridge. Guards arrested Lopez on Friday near Cucuta, officials said.",
  ])("%s", (text) => {
    expect(only(text).timeframe).toMatchObject({ text: "Friday", start: "2016-10-07" });
  });

  it.each([
    "Mara Lopez tried to defect to Colombia but was detained at the bridge. Lopez, who was first detained in 2012, is a dentist.",
    "Mara Lopez tried to defect to Colombia but was detained at the bridge. Lopez held a press conference on Friday.",
    "Mara Lopez defected to Colombia. Guards arrested Lopez on Friday, officials said.",
  ])("no timeframe: %s", (text) => {
    expect(only(text).timeframe).toBeNull();
  });
});

describe("an arrival of a group brought in the sentence before", () => {
  it("Nine North Korean fishermen, including two teenagers, were rescued at sea in March. They arrived in South Korea last month.", () => {
    const text = "Nine North Korean fishermen, including two teenagers, were rescued at sea in March. They arrived in South Korea last month.";
    expect(only(text).timeframe).toMatchObject({ text: "March", start: "2016-03-01" });
  });

  it("a clock time does not end the stage's clause", () => {
    const text = "Six North Korean sailors were picked up at 2:30 a.m. on Sunday off the east coast. They arrived in South Korea on Wednesday.";
    expect(only(text).timeframe?.text).toBe("Sunday");
  });

  it.each([
    ["a report's date", "Nine North Korean fishermen were rescued at sea, officials said on Monday. They arrived in South Korea on Thursday.", "Thursday"],
    ["a stage after the arrival", "Nine North Korean fishermen were questioned by police on Tuesday. They arrived in South Korea on Friday.", "Friday"],
    ["no arrival", "Nine North Korean fishermen were rescued at sea in March. They defected to South Korea last month.", "last month"],
  ])("the clause's own date over %s: %s", (_why, text, wording) => {
    expect(only(text).timeframe?.text).toBe(wording);
  });
});

describe("the date of a flight told before the people it lists", () => {
  it("Among North Koreans who have defected in recent months are a missile scientist and a naval officer.", () => {
    const { records } = extractDefections("Among North Koreans who have defected in recent months are a missile scientist and a naval officer.", { publishedAt: "2003-05-18" });
    expect(records.map((record) => record.timeframe?.text)).toEqual(["recent months", "recent months"]);
  });
});

describe("no timeframe: a dateline, a report's day, a ranking's period, a relative clause's past", () => {
  it.each([
    "SEOUL, March 3 (Yonhap) -- A North Korean diplomat defected to the South, a government source said.",
    "date 2013-12-16 NAIROBI Nine members of the national team have disappeared in Kenya, a defection official said.",
    "Officials would neither confirm nor deny Kim Song-il's defection Tuesday.",
    "The ministry announced Kim Song-il's defection on Friday.",
    "A man who swam down the Han River is the second North Korean to defect in the last week, the military said.",
    "Korolev is not the first Russian soldier to have defected in the past year.",
    "Nadia Comaneci, the Romanian athlete who in 1976 earned the first perfect scores, has defected.",
    "A former Polish ambassador who defected from Poland to the United States died on Saturday.",
    "Speaking in Seoul on Monday, the defector said he had fled across the river.",
  ])("%s", (text) => {
    expect(only(text).timeframe).toBeNull();
  });
});

const day = (text: string, start: string, end = start): Timeframe => ({ text, start, end, precision: "day" });
const unresolved = (text: string): Timeframe => ({ text, start: null, end: null, precision: "unknown" });

describe("which of two dates of one event says more", () => {
  it.each([
    ["late last month", unresolved("late last month"), "date/relative-month", unresolved("recently"), "date/vague", true],
    ["June 18", day("June 18", "2017-06-18"), "date/chrono", day("the last week", "2017-06-11", "2017-06-18"), "date/past-period", true],
    ["Thursday", unresolved("Thursday"), "date/weekday", unresolved("the past year"), "date/past-period", true],
    ["1985", { text: "1985", start: "1985-01-01", end: "1985-12-31", precision: "year" }, "date/year", { text: "the 1980s", start: "1980-01-01", end: "1989-12-31", precision: "year" }, "date/decade", true],
    ["recently", unresolved("recently"), "date/vague", unresolved("late last month"), "date/relative-month", false],
    ["the 1980s", { text: "the 1980s", start: "1980-01-01", end: "1989-12-31", precision: "year" }, "date/decade", { text: "1985", start: "1985-01-01", end: "1985-12-31", precision: "year" }, "date/year", false],
    ["May 2014", { text: "May 2014", start: "2014-05-01", end: "2014-05-31", precision: "month" }, "date/month-year", { text: "May 2014", start: "2014-05-01", end: "2014-05-31", precision: "month" }, "date/month-year", false],
    ["April", unresolved("April"), "date/past-month", unresolved("Thursday"), "date/weekday", false],
  ] as const)("%s over the one held", (_name, candidate, candidateRule, current, currentRule, expected) => {
    expect(saysMoreThan(candidate, candidateRule, current, currentRule)).toBe(expected);
  });
});
