// Articles written for these tests, in styles unlike the fixtures: the same code must read them with no special rule.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const wireStory = `Russian pilot defects to Ukraine with helicopter

KYIV, Aug 24 - A Russian military pilot defected to Ukraine with his helicopter earlier this month, Ukraine's military intelligence agency said on Thursday.

The pilot, Maxim Kuzminov, flew the aircraft from an airfield in Russia's Kursk region, the agency said. Kuzminov's relatives had been moved out of Russia before the flight, it added.

Ukraine has promised large rewards to Russian pilots who defect with their aircraft.`;

const featureStory = `The soldier who ran

Oh Chong-song, a staff sergeant in the Korean People's Army, fled across the Joint Security Area to South Korea in November 2017 under a hail of gunfire. He was shot five times.

Doctors in Suwon operated on him for hours. Another soldier defected across the border in December, officials in Seoul said.

Meanwhile, North Korea executed two officials for corruption, state media reported.`;

const agencyBrief = `Seoul, Nov 8 (agency) - South Korea said on Friday that a group of 12 North Korean restaurant workers arrived in the South via a third country in May.

The workers had been employed at a state-run restaurant in Shenyang, China, the Unification Ministry said.

The number of defectors arriving in South Korea fell to 1,137 last year, the ministry said.`;

const hardNegatives = `Senator defects to opposition as budget row deepens

Senator Maria Lopez defected to the opposition Liberal Party on Monday, leaving the government without a majority.

Health officials also warned that the virus can cause birth defects if pregnant women are infected.

The Treasury sanctioned Kim Su-il and Ri Song-hyok, two officials of Korea Kwangson Banking Corp, for helping North Korea evade sanctions. A spokesman said the pair had escaped scrutiny for years.

Pyongyang purged its vice premier last month and banished his deputy to a farm.`;

describe("an agency wire story about a non-Korean defector", () => {
  const result = extractDefections(wireStory, { publishedAt: "2023-08-24" });

  it("finds one pilot, named from the apposition that follows", () => {
    expect(result.records).toHaveLength(1);
    const [pilot] = result.records;
    expect(pilot?.person.name).toBe("Maxim Kuzminov");
    expect(pilot?.role?.category).toBe("military");
    expect(pilot?.destination?.country).toBe("UA");
    expect(pilot?.timeframe?.start).toBe("2023-08-01");
    expect(pilot?.count).toBe(1);
    expect(pilot?.status).toBe("defected");
  });

  it("quotes its evidence exactly", () => {
    for (const span of result.records.flatMap((record) => record.evidence)) {
      expect(wireStory.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe("a feature story with a named soldier, a second soldier and an execution", () => {
  const result = extractDefections(featureStory);

  it("finds the two soldiers and not the executed officials", () => {
    expect(result.records).toHaveLength(2);
    const [first, second] = result.records;
    expect(first?.person.name).toBe("Oh Chong-song");
    expect(first?.role?.category).toBe("military");
    expect(first?.destination?.country).toBe("KR");
    expect(first?.timeframe).toMatchObject({ start: "2017-11-01", end: "2017-11-30", precision: "month" });
    expect(second?.person.name).toBeNull();
    expect(second?.role?.category).toBe("military");
  });

  it("warns that relative dates stay unresolved without a reference date", () => {
    expect(result.publishedAt).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/no reference date/);
    expect(result.records[1]?.timeframe).toMatchObject({ start: null, end: null });
  });
});

describe("an agency brief with a group and a yearly figure", () => {
  const result = extractDefections(agencyBrief, { publishedAt: "2019-11-08" });

  it("finds the group of 12 with its count, destination and month", () => {
    expect(result.records).toHaveLength(1);
    const [group] = result.records;
    expect(group?.count).toBe(12);
    expect(group?.destination?.country).toBe("KR");
    expect(group?.timeframe).toMatchObject({ start: "2019-05-01", end: "2019-05-31" });
  });

  it("reads the yearly figure as a statistic with its year", () => {
    expect(result.statistics.map((statistic) => [statistic.value, statistic.timeframe?.start])).toContainEqual([1137, "2018-01-01"]);
  });
});

const multiReport = `More North Korean diplomats defect as pandemic curbs ease

SEOUL, Jan. 10 -- A North Korean counsellor at the embassy in Havana defected to South Korea in November along with his wife and daughter, Seoul's spy agency said on Wednesday.

The agency said 10 North Korean diplomats and their families defected to the South last year, the largest number since 2017.

Separately, a North Korean trade official working in Shanghai fled with his family to a third country in late December and is seeking to come to Seoul, according to a source.

The counsellor, identified as Ri Il-kyu, 52, told reporters he had been disillusioned by the regime. Ri had served in Cuba since 2019.`;

describe("a report on two diplomats, one named only later as \"the counsellor\"", () => {
  const result = extractDefections(multiReport, { publishedAt: "2024-01-10" });

  it("finds the counsellor, names him from the later apposition, and keeps the trade official apart", () => {
    expect(result.records).toHaveLength(2);
    const [counsellor, trader] = result.records;
    expect(counsellor).toMatchObject({ person: { name: "Ri Il-kyu" }, companions: ["wife", "daughter"], count: 1 });
    expect(counsellor?.origin?.country).toBe("CU");
    expect(counsellor?.timeframe).toMatchObject({ start: "2023-11-01", end: "2023-11-30" });
    expect(counsellor?.evidence.length).toBeGreaterThanOrEqual(3);
    expect(trader?.person.name).toBeNull();
    expect(trader?.role?.category).toBe("trade");
    expect(trader?.origin?.country).toBe("CN");
  });

  it("reads the yearly figure for diplomats", () => {
    expect(result.statistics.map((statistic) => [statistic.value, statistic.timeframe?.start])).toEqual([[10, "2023-01-01"]]);
  });
});

describe("hard negatives: a party switch, birth defects, a sanctions list, a purge", () => {
  const result = extractDefections(hardNegatives, { publishedAt: "2024-03-05" });

  it("produces no defection record and no statistic", () => {
    expect(result.records).toEqual([]);
    expect(result.statistics).toEqual([]);
  });
});
