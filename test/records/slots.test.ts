// Each slot rule on sentences of its own: where from, where to, when, with whom, how many, which body, what status.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const only = (text: string) => {
  const { records } = extractDefections(text, { publishedAt: "2016-10-12" });
  expect(records).toHaveLength(1);
  return records[0]!;
};

describe("origin and destination", () => {
  it.each([
    ["A North Korean diplomat stationed in Vladivostok, Russia, defected to the South.", "Vladivostok", "RU", "KR"],
    ["An official who defected from Africa last year reached Seoul in March.", "Africa", null, "KR"],
    ["A senior official of the Korea Taesong Bank absconded in Russia last year.", "Russia", "RU", null],
    ["A trade official based in Shenyang defected to South Korea in March.", "Shenyang", "CN", "KR"],
    ["A diplomat who was posted in Beijing defected to Seoul in April.", "Beijing", "CN", "KR"],
    ["A Chinese diplomat based in Sydney, Chen Yonglin, sought political asylum in Australia in 2005.", "Sydney", "AU", "AU"],
  ])("%s", (sentence, originName, originCountry, destinationCountry) => {
    const record = only(sentence);
    expect(record.origin?.name).toBe(originName);
    expect(record.origin?.country ?? null).toBe(originCountry);
    expect(record.destination?.country ?? null).toBe(destinationCountry);
  });
});

describe("where a boat with North Koreans was spotted is where they came", () => {
  it.each([
    ["Seven North Koreans were spotted in a small boat off Busan on Tuesday.", "Busan"],
    ["Three North Korean fishermen were found adrift near Sokcho last week.", "Sokcho"],
  ])("%s", (sentence, place) => {
    expect(only(sentence).destination?.name).toBe(place);
  });

  it("a flight that went near a place went no further", () => {
    expect(only("A North Korean soldier defected near Kaesong last week.").destination).toBeNull();
  });
});

describe("an occasion someone stayed on after, or slipped away from, is where and when they left", () => {
  it.each([
    ["Nine North Korean dancers failed to return home after a tour of Toronto in June.", "Toronto", "2016-06-01"],
    ["Four North Korean cyclists went missing after a race in Kigali last month.", "Kigali", "2016-09-01"],
  ])("%s", (sentence, originName, start) => {
    const record = only(sentence);
    expect(record.origin?.name).toBe(originName);
    expect(record.timeframe?.start).toBe(start);
  });

  it("a flight after a meeting is not dated or placed by the meeting", () => {
    const record = only("The envoy defected to Sweden after a summit in Hanoi in June.");
    expect(record.origin?.name ?? null).toBeNull();
  });
});

describe("timeframe of the event, not of the report", () => {
  it.each([
    ["A senior colonel defected to the South last year, officials said on Monday.", "2015-01-01", "2015-12-31"],
    ["The Chosun Ilbo reported Wednesday that a trade official defected in April.", "2016-04-01", "2016-04-30"],
    ["In April, a group of 13 restaurant workers fled from Ningbo to South Korea.", "2016-04-01", "2016-04-30"],
  ])("%s", (sentence, start, end) => {
    const record = only(sentence);
    expect([record.timeframe?.start, record.timeframe?.end]).toEqual([start, end]);
  });
});

describe("companions, count and status", () => {
  it.each([
    ["A senior diplomat based in Cuba defected with his wife and child to South Korea.", ["wife", "child"], 1, "defected"],
    ["A diplomat stationed in an African country defected with his family members in May.", ["family"], 1, "defected"],
    ["The group said 15 North Korean defectors were arrested in Kunming in southern China.", [], 15, "arrested"],
    ["Police said nine North Korean defectors were forcibly repatriated after fleeing to Laos.", [], 9, "repatriated"],
    ["Two North Korean fishermen who arrived in the South by boat last week were repatriated on Thursday.", [], 2, "repatriated"],
    ["A North Korean woman who tried to flee to China across the Tumen River was caught by border guards and sent back.", [], 1, "repatriated"],
    ["A Polish deckhand who jumped ship to defect in Hamburg was returned to the vessel by port police.", [], 1, "repatriated"],
    ["Three Eritrean cyclists who defected in Kigali were returned to their home country within a week.", [], 3, "repatriated"],
    ["A Cuban nurse who defected in Bogota returned to her ward on Monday, colleagues said.", [], 1, "defected"],
    ["Chinese police detained nine North Korean defectors in Shenyang on Monday.", [], 9, "arrested"],
    ["Thai authorities have arrested 19 North Korean defectors who crossed from Laos.", [], 19, "arrested"],
    ["Nine North Korean defectors reached Seoul; police said they were safe.", [], 9, "defected"],
    ["A Uighur poet fled to Istanbul to seek asylum but was detained at the airport.", [], 1, "arrested"],
    ["A Nicaraguan pitcher defected in Miami but missed the season.", [], 1, "defected"],
    ["A North Korean fisherman in his 50s was detained after sailing his boat across the sea border to the South.", [], 1, "defected"],
    ["A North Korean private was held by marines after swimming across the estuary to the South.", [], 1, "defected"],
    ["A North Korean private was caught by his own unit while trying to cross into the South.", [], 1, "arrested"],
    ["A North Korean woman was arrested after crossing the river into China.", [], 1, "arrested"],
  ])("%s", (sentence, companions, count, status) => {
    const record = only(sentence);
    expect(record.companions).toEqual(companions);
    expect(record.count).toBe(count);
    expect(record.status).toBe(status);
  });
});

describe("count: unnamed others who came along (count/with-others)", () => {
  it.each([
    ["An East German border guard fled to the West along with two other soldiers of his unit in August 1961.", 3],
    ["Two Eritrean cyclists defected in Kigali with four other riders.", 6],
    ["The captain sought asylum in Sweden, together with 11 other crew members, on Tuesday.", 12],
    ["A North Korean fisherman reached Japan with two others on Monday.", 3],
  ])("%s", (sentence, count) => {
    expect(only(sentence).count).toBe(count);
  });

  it.each([
    // Another act: the flat was shared after the flight.
    ["A Cuban boxer defected in Mexico City on Sunday and later lived with two other boxers.", 1],
    // The tour, not the flight: the others are told in a clause of their own before it.
    ["The Soviet violinist, who had toured with five other musicians, defected in London.", 1],
    ["A Hungarian swimmer, travelling with three other athletes, defected in Melbourne in 1956.", 1],
  ])("not added: %s", (sentence, count) => {
    expect(only(sentence).count).toBe(count);
  });

  it("the others told in a later sentence join the one person first counted", () => {
    const { records } = extractDefections("Olga Petrova, a Bulgarian gymnast, defected to Austria on Sunday. She crossed into Austria at night with four other Bulgarians.", {
      publishedAt: "1989-11-30",
    });
    expect(records.map((record) => record.count)).toEqual([5]);
  });
});

describe("role and organisation", () => {
  it.each([
    ["A senior colonel working at the General Reconnaissance Bureau defected to the South.", "military", "Reconnaissance General Bureau"],
    ["An unidentified official who worked for the Ministry of State Security escaped to the South.", "intelligence", "Ministry of State Security"],
    ["A senior official of the Korea Taesong Bank absconded in Russia last year.", "finance", "Korea Taesong Bank"],
    ["One official with Room 39 defected from Africa.", "party", "Office 39"],
    ["Thae Yong-ho, who defected in 2016 while serving as deputy ambassador at the embassy, won a seat.", "diplomat", null],
  ])("%s", (sentence, category, canonical) => {
    const record = only(sentence);
    expect(record.role?.category).toBe(category);
    expect(record.organisation?.canonical ?? null).toBe(canonical);
  });
});
