// Look-alike, hedge and negation phrases read once per sentence still judge each trigger by its own neighbourhood.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { judgeTrigger } from "../../src/events/modifiers.js";
import { prepareText } from "../../src/text/index.js";

const verdicts = (text: string, words: string[]) => {
  const [sentence] = prepareText(text).sentences;
  if (!sentence) throw new Error("no sentence");
  let from = 0;
  return words.map((word) => {
    const start = text.indexOf(word, from);
    from = start + word.length;
    return judgeTrigger(sentence, start, start + word.length, builtInKnowledge).lookalike;
  });
};

describe("judgeTrigger on sentences with several triggers", () => {
  it.each([
    [
      "The driver escaped unhurt from the crash on the bridge, while in Vienna a senior diplomat defected to Seoul.",
      ["escaped", "defected"],
      ["lookalike/escape-idiom", null],
    ],
    [
      "A senior diplomat defected to Seoul in July, while on the motorway outside Vienna a driver escaped unhurt.",
      ["defected", "escaped"],
      [null, "lookalike/escape-idiom"],
    ],
    ["The colonel fled to China; later, much later, the guards who chased him fled the scene.", ["fled", "fled"], [null, "lookalike/escape-idiom"]],
  ])("%s", (text, words, expected) => {
    expect(verdicts(text, words)).toEqual(expected);
    // Read twice: the second reading comes from the sentence's kept matches and must agree.
    expect(verdicts(text, words)).toEqual(expected);
  });
});
