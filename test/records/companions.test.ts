// Family who came along, in every way news words it; never family met, lived with, or only owned things.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findTriggers } from "../../src/events/index.js";
import { extractDefections } from "../../src/index.js";
import { findMentions, placeContextFor } from "../../src/mentions/index.js";
import { readFamilyWhoCame } from "../../src/records/companions.js";
import { sentenceView } from "../../src/records/index.js";
import { analysed } from "../helpers/sentences.js";

const only = (text: string) => {
  const { records } = extractDefections(text, { publishedAt: "2016-10-12" });
  expect(records).toHaveLength(1);
  return records[0]!;
};

const viewOf = (text: string) => {
  const sentence = analysed(text);
  const mentions = findMentions(sentence, builtInKnowledge, { reference: null, referenceSource: null }, placeContextFor(text, builtInKnowledge));
  return sentenceView(sentence, mentions, findTriggers(sentence, builtInKnowledge));
};

describe("companions of the flight", () => {
  it.each([
    ["A senior diplomat based in Cuba defected with his wife and child to South Korea.", ["wife", "child"]],
    ["A North Korean official escaped with two of his family members in May.", ["family"]],
    ["The colonel defected together with his wife and their two children.", ["wife", "children"]],
    ["The trade official defected to Seoul along with his wife, son and daughter.", ["wife", "son", "daughter"]],
    ["Kim Chol and his wife defected across the river last year.", ["wife"]],
    ["The Syrian prime minister defected to Jordan with his family.", ["family"]],
    ["Irina Petrova defected, accompanied by her husband and three children, in 1991.", ["husband", "children"]],
    ["A group of 20 soldiers, including officers and family members, defected to Turkey on Tuesday.", ["family"]],
    ["A group of 20 soldiers, including their families, defected across the border into Turkey on Tuesday.", ["families"]],
    ["The consul fled to Ottawa with his wife and six-year-old daughter.", ["wife", "daughter"]],
    ["The cellist defected in Vienna with her 18-month-old son.", ["son"]],
    ["The consul fled to Ottawa in May, bringing his wife and son.", ["wife", "son"]],
    ["The consul fled to Ottawa in May, taking his teenage daughter with him.", ["daughter"]],
    ["The consul, his wife and their three children defected to Canada in May.", ["wife", "children"]],
  ])("%s", (text, companions) => {
    expect(only(text).companions).toEqual(companions);
  });
});

describe("no companions", () => {
  it.each([
    "Jan Kowalski, his son said, defected to Canada in May.",
    "A diplomat who had lived with his family in Rome defected last month.",
    "The diplomat defected with his family's savings.",
    "The pilot defected alone and was later reunited with his family in Seoul.",
    "A captain defected with his MiG fighter.",
    "The sailor who defected left his wife and children behind.",
    "A group of 17 North Koreans, including three children, defected to South Korea last week.",
  ])("%s", (text) => {
    expect(only(text).companions).toEqual([]);
  });
});

describe("family said to have come along, in a sentence of its own", () => {
  it.each([
    ["His wife, who came with him, now lives in Seoul.", ["wife"]],
    ["Her husband and two sons, who fled with her, were granted asylum.", ["husband", "sons"]],
    ["His wife and daughter had also escaped with him across the river.", ["wife", "daughter"]],
    ["His wife stayed behind in Pyongyang.", null],
    ["His family was not in the United States.", null],
  ])("%s", (text, companions) => {
    expect(readFamilyWhoCame(viewOf(text))?.words ?? null).toEqual(companions);
  });
});

describe("family said to have come along, in the sentence after", () => {
  it("joins the one person just told of", () => {
    const { records } = extractDefections("A Polish consul defected to Canada in May. His wife and two children came with him, officials said.", { publishedAt: "2016-10-12" });
    expect(records.map((record) => record.companions)).toEqual([["wife", "children"]]);
  });

  it("not a group's", () => {
    const { records } = extractDefections("Nine Polish sailors defected to Canada in May. Their families came with them, officials said.", { publishedAt: "2016-10-12" });
    expect(records.map((record) => record.companions)).toEqual([[]]);
  });
});
