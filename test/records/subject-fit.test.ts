// Whose flight is a defection: weak words ("fled", "arrived in") need a defection story or a defector in a state's
// service; refugees and migrants flee without defecting; heads of state who arrive somewhere are visiting, and those
// who go missing are out of sight.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const people = (text: string) =>
  extractDefections(text, { publishedAt: "2019-03-04" }).records.map((record) => record.person.name ?? record.person.description);

describe("weak words without a defection word in the article", () => {
  it.each([
    ["Brigadier General Manuel Figuera, the former intelligence chief, fled to Colombia on Tuesday.", ["Manuel Figuera"]],
    ["A navy captain of the Baltic Fleet sailed his frigate to Sweden in 1975.", ["A navy captain"]],
  ])("a state servant still counts: %s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ["The striker fled to Spain after the final whistle."],
    ["Oksana Bezhova, 26, fled to Russia when the shelling started."],
    ["India's external affairs minister arrived in Dhaka on Sunday for talks on river water sharing."],
  ])("anyone else does not: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("in a defection story", () => {
  const story = (rest: string) => `A Syrian army colonel defected to Turkey on Monday, officials said. ${rest}`;

  it.each([
    [story("A family of six sought asylum in Greece the same day."), ["A Syrian army colonel"]],
    [story("Hundreds of refugees also crossed into Turkey overnight."), ["A Syrian army colonel"]],
    [story("Syrian President Bashar al-Assad arrived in Moscow for talks on Tuesday."), ["A Syrian army colonel"]],
    [story("Two colonels crossed the border into Jordan on Wednesday."), ["A Syrian army colonel", "Two colonels"]],
    [story("The keys to his office went missing the same day."), ["A Syrian army colonel"]],
    [story("A major in his unit went missing in Amman the same week."), ["A Syrian army colonel", "A major"]],
    [story("A touring Elton John show is coming to Ankara in the spring."), ["A Syrian army colonel"]],
    [story("President Bashar al-Assad has gone missing, fuelling talk about his health."), ["A Syrian army colonel"]],
    [story("The prime minister fled to Jordan on Tuesday with his family."), ["A Syrian army colonel", "The prime minister"]],
    [story("The Hafez al-Assad mausoleum reached Turkish newspapers' front pages."), ["A Syrian army colonel"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("where people leaving is defection news by itself, even beside a defection word", () => {
  it("a family that flees North Korea is defecting", () => {
    expect(people("A North Korean soldier defected on Monday. In May, a family of five crossed the sea border to the South.")).toEqual([
      "A North Korean soldier",
      "a family of five",
    ]);
  });
});

describe("where people leaving is defection news by itself", () => {
  it.each([
    ["A North Korean fisherman swam across the Tumen River into China in 2011.", ["A North Korean fisherman"]],
    ["Three North Koreans crossed the Yalu River into Dandong on Friday, Chinese police said.", ["Three North Koreans"]],
    ["A family of four from North Korea reached South Korea by boat on Tuesday.", ["A family of four"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
