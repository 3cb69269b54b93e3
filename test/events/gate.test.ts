// The cheap gates before tagging: the one-scan word test never turns down a text the regex cue would pass; the
// look-alike gate turns down only cue sentences whose every trigger word the trigger rules would reject, and, outside
// a defection story, those in which no one could be a state servant and no figure is given.
import { describe, expect, it } from "vitest";
import { builtInKnowledge, resolveKnowledge } from "../../src/data/index.js";
import { canHoldDefection, hasDefectionCue, mayHoldDefection, selectRelevantSentences, type ArticleView } from "../../src/events/index.js";
import { prepareText } from "../../src/text/index.js";

const firstSentence = (text: string) => {
  const [sentence] = prepareText(text).sentences;
  if (!sentence) throw new Error("no sentence");
  return sentence;
};

/** The article of one text, read as a defection story, so that only the look-alike rules decide. */
const articleOf = (text: string): ArticleView => ({ text, sentences: prepareText(text).sentences, inContext: true });

/** The sentences the gated selection reads. */
const readSentences = (text: string) =>
  selectRelevantSentences(prepareText(text).sentences, text, builtInKnowledge, canHoldDefection).map((sentence) => sentence.text);

describe("mayHoldDefection: a text without a word of any trigger and without a context place cannot pass the cue", () => {
  it.each([
    ["The council approved the new budget on Tuesday after a long debate."],
    ["Shares in the carmaker rose 4% on news of the merger."],
    ["Rain is expected across the region through the weekend, forecasters said."],
    ["The orchestra performed the symphony to a full house in Vienna."],
  ])("%s", (text) => {
    expect(mayHoldDefection(text, builtInKnowledge)).toBe(false);
    expect(hasDefectionCue(text, builtInKnowledge)).toBe(false);
  });

  it.each([
    ["A senior colonel defected to South Korea last year."],
    ["THE DIPLOMAT DEFECTED"],
    ["The cellist sought political asylum in Britain."],
    ["The pilot flew his MiG-25 to Hakodate."],
    ["Two soldiers crossed into the South on Tuesday, Pyongyang said."],
    ["The fisherman sailed his boat to Japan."],
    ["The N.Korean envoy walked across the line into the South."],
    ["Officials in Pyongyang said a guard had crossed the river at dawn."],
  ])("passes what the cue passes: %s", (text) => {
    expect(hasDefectionCue(text, builtInKnowledge)).toBe(true);
    expect(mayHoldDefection(text, builtInKnowledge)).toBe(true);
  });

  it("reads trigger words whole and context names as the start of a word", () => {
    expect(mayHoldDefection("The defective valve baffled engineers in the shipyard.", builtInKnowledge)).toBe(false);
    expect(mayHoldDefection("Koreatown restaurants reopened on Monday.", builtInKnowledge)).toBe(true);
    expect(mayHoldDefection("Engineers said the pump was DEFECTIVE; the crew DESERTED it.", builtInKnowledge)).toBe(true);
  });
});

describe("mayHoldDefection: a context place the caller adds without names is read by its own pattern", () => {
  const knowledge = resolveKnowledge({ contexts: [{ id: "context/eritrea", country: "ER", pattern: "\\b(?:Eritrea|Asmara)\\b" }] });

  it.each([["Two conscripts crossed the border from Eritrea last month."], ["Asmara confirmed that the runners had gone missing after the race."]])(
    "%s",
    (text) => {
      expect(hasDefectionCue(text, knowledge)).toBe(true);
      expect(mayHoldDefection(text, knowledge)).toBe(true);
    },
  );
});

describe("canHoldDefection: a cue sentence whose every trigger word is a look-alike, hedged or denied is not read", () => {
  it.each([
    ["The suspect fled the scene before officers arrived."],
    ["The driver escaped unhurt when his truck overturned on the motorway."],
    ["Birth defects rose sharply in the villages near the plant."],
    ["The MP defected to the Conservatives last spring."],
    ["The senator denied that she had defected."],
    ["The airliner, flown by a regional carrier, landed hard in Mahshahr."],
  ])("%s", (text) => {
    expect(canHoldDefection(firstSentence(text), builtInKnowledge, articleOf(text))).toBe(false);
  });

  it.each([
    ["A senior colonel defected to South Korea last year."],
    ["The pilot flew his MiG-25 to Hakodate and asked for asylum."],
    ["Cuban pitcher defects"],
    ["Kim, a trade official, escaped to Seoul in late July."],
    ["The driver escaped unhurt from the crash on the bridge, while in Vienna a senior diplomat defected to Seoul."],
  ])("reads a sentence with a trigger word the rules leave standing: %s", (text) => {
    expect(canHoldDefection(firstSentence(text), builtInKnowledge, articleOf(text))).toBe(true);
  });
});

describe("canHoldDefection: outside a defection story, a weak word with no state servant and no figure near it is not read", () => {
  it.each([
    ["The wedding guests fled into the rain when the marquee collapsed."],
    ["Our neighbour's parrot escaped to the park across the road."],
    ["Shoppers fled into nearby cafes as hailstones battered Melbourne on Saturday."],
    ["The headline read: Pupils flee to the playground as the school's boiler bursts"],
  ])("%s", (text) => {
    expect(readSentences(text)).toEqual([]);
  });

  it.each([
    ["A young army lieutenant fled across the border into Austria in the spring of 1956."],
    ["The embassy's cipher clerk fled to Ottawa with a hundred pages of telegrams."],
    ["Some 200 villagers fled across the river into Thailand overnight."],
    ["The cook fled to Shenyang, a Workers' Party newsletter admitted."],
    ["He had been the regime's No. 2 in the province. Last week he fled to Istanbul."],
    ["The shipyard worker fled to Sweden. The trawler he had stolen was never found, the Soviet embassy later said the sailor defected."],
  ])("reads it when a state servant, a figure, a context body or a defection word could make it count: %s", (text) => {
    expect(readSentences(text).length).toBeGreaterThan(0);
  });
});

describe("selectRelevantSentences: the cue sentences found in one scan of the article, with their neighbours", () => {
  it("keeps each cue sentence with one sentence before it and two after, and nothing else", () => {
    const text = [
      "The harbour was quiet.",
      "Gulls circled the cranes.",
      "A ferry left at noon.",
      "The captain said little.",
      "The first mate defected to Finland on Sunday.",
      "Nobody saw him go.",
      "His cabin was empty.",
      "The ferry went on.",
      "It docked at dusk.",
    ].join(" ");
    expect(readSentences(text)).toEqual(["The captain said little.", "The first mate defected to Finland on Sunday.", "Nobody saw him go.", "His cabin was empty."]);
  });

  it("finds cues in the first and the last sentence of a long article", () => {
    const filler = Array.from({ length: 40 }, (_, index) => `Paragraph ${index + 1} is about the weather.`).join(" ");
    const text = `The cellist defected in Vienna. ${filler} A violinist sought asylum in Bern.`;
    const read = readSentences(text);
    expect(read[0]).toBe("The cellist defected in Vienna.");
    expect(read.at(-1)).toBe("A violinist sought asylum in Bern.");
    expect(read).toHaveLength(5);
  });
});
