// Each slot rule: when a gold and a predicted value agree, disagree, or count as missed, spurious or absent.
import { describe, expect, it } from "vitest";
import type { DefectionRecord, RoleCategory } from "../../src/contract.js";
import { compareSlot, showSlot } from "../../src/eval/slots.js";
import type { SlotAgreement, SlotName } from "../../src/eval/types.js";
import { defection } from "./build.js";

const SENTENCE = "Another diplomat, Kim Chol-song, fled from his post in Vladivostok in April.";
const with_ = (fields: Partial<DefectionRecord>) => defection(SENTENCE, fields);
const person = (name: string | null) => ({ person: { name, description: null } });
const role = (title: string, category: RoleCategory = "diplomat") => ({ role: { title, category } });
const place = (name: string, country: string | null = null) => ({ name, country, kind: "country" as const });
const when = (text: string, start: string | null = null, end: string | null = null) => ({
  timeframe: { text, start, end, precision: start ? ("month" as const) : ("unknown" as const) },
});

type Row = [string, SlotName, Partial<DefectionRecord>, Partial<DefectionRecord>, SlotAgreement];

describe("slot agreement", () => {
  it.each<Row>([
    ["Thae Yong-ho, a minister in London, defected (romanised with a hyphen)", "name", person("Thae Yong-ho"), person("Thae Yongho"), "agree"],
    ["Kim Chol-song fled from Vladivostok (romanised with a space)", "name", person("Kim Chol-song"), person("Kim Chol Song"), "agree"],
    ["Ri Il-kyu, a counsellor in Cuba, defected (another man named)", "name", person("Ri Il-kyu"), person("Ri Il-nam"), "disagree"],
    ["An unidentified official of the spy agency defected last year", "name", person(null), person("Kim Jong-un"), "spurious"],
    ["A senior official at North Korea's spy agency defected", "roleTitle", role("senior official"), role("official"), "agree"],
    ["A vice foreign minister fled to the South", "roleTitle", role("minister"), role("vice foreign minister"), "agree"],
    ["A counsellor at the embassy in Rome defected", "roleTitle", role("counsellor"), role("counsel"), "disagree"],
    ["A diplomat stationed in Vladivostok defected", "roleTitle", role("diplomat"), role("official"), "disagree"],
    ["A senior colonel in the General Bureau of Reconnaissance defected", "roleCategory", role("senior colonel", "military"), role("colonel", "military"), "agree"],
    ["A trade official based in Shenyang defected", "roleCategory", role("official", "trade"), role("official", "government"), "disagree"],
    ["Someone at the consulate defected", "roleCategory", role("official", "unknown"), role("official", "unknown"), "absent"],
    ["An official at the consulate defected", "roleCategory", role("official", "unknown"), role("official", "diplomat"), "spurious"],
    [
      "A senior official of Room 39, which handles Kim's slush funds, fled",
      "organisation",
      { organisation: { name: "Room 39", canonical: "Room 39" } },
      { organisation: { name: "Office 39", canonical: "Room 39" } },
      "agree",
    ],
    [
      "A member of the Workers' Party's Room 39 defected from Africa",
      "organisation",
      { organisation: { name: "Room 39", canonical: null } },
      { organisation: { name: "Workers' Party's Room 39", canonical: null } },
      "agree",
    ],
    [
      "An official of the trade mission in Russia absconded",
      "organisation",
      { organisation: { name: "trade mission in Russia", canonical: null } },
      { organisation: { name: "embassy in Russia", canonical: null } },
      "disagree",
    ],
    [
      "A colonel of the Reconnaissance General Bureau defected",
      "organisation",
      { organisation: { name: "Reconnaissance General Bureau", canonical: "Reconnaissance General Bureau" } },
      { organisation: { name: "Reconnaissance General Bureau", canonical: "Ministry of State Security" } },
      "disagree",
    ],
    ["Thae Yong-ho, minister at the embassy in London, defected", "origin", { origin: place("London", "GB") }, { origin: place("the UK", "GB") }, "agree"],
    ["A diplomat who was posted in the Caribbean defected", "origin", { origin: place("the Caribbean") }, { origin: place("Caribbean") }, "agree"],
    ["An official who defected from an African country", "origin", { origin: place("an African country") }, { origin: place("African country") }, "agree"],
    ["A worker fled from Vladivostok", "origin", { origin: place("Vladivostok", "RU") }, { origin: place("Beijing", "CN") }, "disagree"],
    ["A diplomat posted in Europe defected", "origin", { origin: place("Europe") }, { origin: place("Germany", "DE") }, "disagree"],
    ["The diplomat defected to Seoul with his family", "destination", { destination: place("Seoul", "KR") }, { destination: null }, "missed"],
    ["The diplomat vanished in Italy", "destination", { destination: null }, { destination: place("South Korea", "KR") }, "spurious"],
    ["He defected in late July with his wife", "timeframe", when("late July", "2016-07-21", "2016-07-31"), when("in late July", "2016-07-21", "2016-07-31"), "agree"],
    ["He defected in late July with his wife (whole month)", "timeframe", when("late July", "2016-07-21", "2016-07-31"), when("late July", "2016-07-01", "2016-07-31"), "disagree"],
    ["A senior official defected to South Korea last year", "timeframe", when("last year"), when("last year", "2015-01-01", "2015-12-31"), "agree"],
    ["A trade official defected in April", "timeframe", when("in April"), when("April"), "agree"],
    ["The colonel crossed the border on Thursday", "timeframe", when("on Thursday"), when("Thursday"), "agree"],
    ["A group of 17 North Koreans made a rare group defection", "count", { count: 17 }, { count: 17 }, "agree"],
    ["A group of 13 restaurant workers fled from Ningbo", "count", { count: 13 }, { count: 1 }, "disagree"],
    ["Dozens of officials have defected from overseas", "count", { count: null }, { count: 1 }, "spurious"],
    ["A soldier tried to defect but was caught", "status", { status: "attempted" }, { status: "defected" }, "disagree"],
    ["A soldier was arrested in China and sent back", "status", { status: "repatriated" }, { status: "repatriated" }, "agree"],
    ["He defected with his wife and children", "companions", { companions: ["wife", "children"] }, { companions: ["Children", "wife"] }, "agree"],
    ["He fled with his wife and two sons", "companions", { companions: ["wife", "sons"] }, { companions: ["wife", "son"] }, "agree"],
    ["He defected with his family", "companions", { companions: ["family"] }, { companions: ["wife"] }, "disagree"],
    ["He defected with his family (not found)", "companions", { companions: ["family"] }, { companions: [] }, "missed"],
    ["He defected alone", "companions", { companions: [] }, { companions: [] }, "absent"],
  ])("%s: %s", (_sentence, slot, gold, predicted, expected) => {
    expect(compareSlot(slot, with_(gold), with_(predicted))).toBe(expected);
  });

  it.each<[string, SlotName, Partial<DefectionRecord>, SlotAgreement]>([
    ["Thae Yong-ho defected to Seoul (not predicted at all)", "name", person("Thae Yong-ho"), "missed"],
    ["A diplomat defected (no name either side)", "name", person(null), "absent"],
    ["A group of 17 North Koreans defected (not predicted at all)", "count", { count: 17 }, "missed"],
  ])("unmatched gold record: %s: %s", (_sentence, slot, gold, expected) => {
    expect(compareSlot(slot, with_(gold), null)).toBe(expected);
  });
});

describe("slot values as shown in a verbose report", () => {
  it.each<[string, SlotName, Partial<DefectionRecord>, string | null]>([
    ["Thae Yong-ho, minister in London, defected", "origin", { origin: place("London", "GB") }, "London [GB]"],
    ["He defected in late July", "timeframe", when("late July", "2016-07-21", "2016-07-31"), "late July [2016-07-21..2016-07-31]"],
    ["He defected last year", "timeframe", when("last year"), "last year [?..?]"],
    ["He defected with his wife and children", "companions", { companions: ["wife", "children"] }, "wife, children"],
    ["A diplomat defected", "name", person(null), null],
  ])("%s: %s", (_sentence, slot, fields, expected) => {
    expect(showSlot(slot, with_(fields))).toBe(expected);
  });
});
