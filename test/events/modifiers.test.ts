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

describe("look-alike phrases of defect, desert and party politics", () => {
  it.each([
    ["The recall notice said the defect could cause the brake pedal to stick.", "defect", "lookalike/product-defect"],
    ["Engineers traced a defect in the wiring loom to a supplier in Ohio.", "defect", "lookalike/product-defect"],
    ["No one at the plant had reported these defects before the audit.", "defects", "lookalike/product-defect"],
    ["Why does it matter when an MEP defects mid-term?", "defects", "lookalike/party-switch-noun"],
    ["She became the third backbencher this year to cross the floor and defect.", "defect", "lookalike/party-switch-noun"],
    ["The budget fell after the government's junior coalition partner defected in the final vote.", "defected", "lookalike/party-switch-noun"],
    ["By noon the beaches were almost deserted in Biarritz.", "deserted", "lookalike/deserted-place"],
    ["They walked through a deserted village to the coast.", "deserted", "lookalike/deserted-place"],
    ["The market square lay deserted in the heat of the afternoon.", "deserted", "lookalike/deserted-place"],
    ["Her trainer decided to enter her in the Melbourne Cup after the spring rains.", "enter", "lookalike/enter-someone"],
    ["The school entered them for the regional chess final.", "entered", "lookalike/enter-someone"],
  ])("%s", (text, word, rule) => {
    expect(verdicts(text, [word])).toEqual([rule]);
  });

  it.each([
    ["The Soviet engineer who defected to Britain in 1971 handed over plans of the reactor.", "defected"],
    ["The lieutenant deserted his unit in the Caucasus and reached Georgia on foot.", "deserted"],
    ["Party secretary Hwang defected to the South in 1997 while passing through Beijing.", "defected"],
    ["Two corporals deserted in Lithuania and asked for asylum in Vilnius.", "deserted"],
    ["A ballerina who defected in Toronto said the company had shadowed her for weeks.", "defected"],
    ["The boat entered South Korean waters near Baengnyeong Island before dawn.", "entered"],
  ])("leaves a defection standing: %s", (text, word) => {
    expect(verdicts(text, [word])).toEqual([null]);
  });
});

describe("lookalike/return-home: going back to where one came from is a return, not a defection", () => {
  it.each([
    ["Police believe the former defector swam across the estuary at night to return to his home country.", "swam"],
    ["Homesick after six years in Munich, the émigré cellist flew to Vienna and crossed back into Czechoslovakia.", "crossed"],
    ["The sailor who had jumped ship in Halifax fled back to the Soviet Union within a month.", "fled"],
    ["Unable to find work in Seoul, she walked back across the frontier in March.", "walked"],
  ])("%s", (text, word) => {
    expect(verdicts(text, [word])).toEqual(["lookalike/return-home"]);
  });

  it.each([
    ["The pilot fled to Japan and never went back to his country.", ["fled"], [null]],
    ["She escaped to Thailand in 2009, hoping one day to return to her children in Seoul.", ["escaped"], [null]],
    ["Having defected in 2017, he swam back to the North this month.", ["defected", "swam"], [null, "lookalike/return-home"]],
    // "back" far from the verb belongs to another verb: the return he fled from, not one he made.
    ["The attaché defected last week so as not to be ordered back home early.", ["defected"], [null]],
    ["The engineer defected Thursday evening to avoid being sent back to Minsk.", ["defected"], [null]],
  ])("judges only the trigger the phrase holds: %s", (text, words, expected) => {
    expect(verdicts(text, words)).toEqual(expected);
  });
});

describe("lookalike/purposeful-trip: crossing over to visit, attend or negotiate is a trip", () => {
  it.each([
    ["Thirty businessmen crossed the border into the North to visit the industrial park.", "crossed"],
    ["The delegation drove across the bridge into Macau to attend the talks.", "drove"],
  ])("%s", (text, word) => {
    expect(verdicts(text, [word])).toEqual(["lookalike/purposeful-trip"]);
  });

  it.each([
    ["The soldier crossed the border to defect on Monday.", "crossed"],
    ["Having gone to visit his mother, the guard crossed into the West at dawn.", "crossed"],
  ])("a flight stays one: %s", (text, word) => {
    expect(verdicts(text, [word])).toEqual([null]);
  });
});

describe("lookalike/count-of-occasions: the nth time that someone fled counts occasions, it tells of no one", () => {
  it.each([
    ["It was the third time this month that a Chinese fishing crew had fled to Taiwan, officials said.", "fled"],
    ["This is the fourth case this year in which a border guard has deserted to the West.", "deserted"],
    ["Monday marked the latest occasion when an athlete sought asylum during the Games.", "sought"],
    ["It is the second time a Cuban boxer has defected during a tournament abroad this year.", "defected"],
  ])("%s", (text, word) => {
    expect(verdicts(text, [word])).toEqual(["lookalike/count-of-occasions"]);
  });

  it.each([
    ["A Soviet pilot defected to Japan on Monday, the first time a MiG had landed there.", ["defected"], [null]],
    ["For the first time, a Cuban general defected to the United States on Friday.", ["defected"], [null]],
    ["The first time a guard saw him, the private had already crossed into the South.", ["crossed"], [null]],
  ])("leaves the story's own event alone: %s", (text, words, expected) => {
    expect(verdicts(text, words)).toEqual(expected);
  });
});
