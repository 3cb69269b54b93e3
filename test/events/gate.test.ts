// The cheap gates before tagging: the one-scan word test never turns down a text the regex cue would pass, and the
// look-alike gate turns down only cue sentences whose every trigger word the trigger rules would reject.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { canHoldDefection, hasDefectionCue, mayHoldDefection } from "../../src/events/index.js";
import { prepareText } from "../../src/text/index.js";

const firstSentence = (text: string) => {
  const [sentence] = prepareText(text).sentences;
  if (!sentence) throw new Error("no sentence");
  return sentence;
};

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
  ])("passes what the cue passes: %s", (text) => {
    expect(hasDefectionCue(text, builtInKnowledge)).toBe(true);
    expect(mayHoldDefection(text, builtInKnowledge)).toBe(true);
  });
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
    expect(canHoldDefection(firstSentence(text), builtInKnowledge)).toBe(false);
  });

  it.each([
    ["A senior colonel defected to South Korea last year."],
    ["The pilot flew his MiG-25 to Hakodate and asked for asylum."],
    ["Cuban pitcher defects"],
    ["Kim, a trade official, escaped to Seoul in late July."],
    ["The driver escaped unhurt from the crash on the bridge, while in Vienna a senior diplomat defected to Seoul."],
  ])("reads a sentence with a trigger word the rules leave standing: %s", (text) => {
    expect(canHoldDefection(firstSentence(text), builtInKnowledge)).toBe(true);
  });
});
