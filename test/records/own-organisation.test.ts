// The defector's own body: not the consulate they ran to, not the body that speaks or acts on them.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findTriggers } from "../../src/events/index.js";
import { extractDefections } from "../../src/index.js";
import { findMentions, placeContextFor } from "../../src/mentions/index.js";
import { sentenceView } from "../../src/records/index.js";
import { readPostingOrigin } from "../../src/records/movement.js";
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

describe("the defector's own body", () => {
  it.each([
    ["A Defense Ministry spokesman said a pilot of the Chinese Air Force defected to Taiwan.", "Chinese Air Force"],
    ["Xu Lin, a third secretary in the education office of the Chinese Embassy, said he defected Wednesday night.", "Chinese Embassy"],
    ["A diplomat assigned to the embassy in Cairo defected last year.", "embassy in Cairo"],
    ["A senior official of the Korea Taesong Bank absconded in Russia last year.", "Korea Taesong Bank"],
    ["Another diplomat who defected from the Caribbean last year at one stage worked for the party's Room 35.", "Room 35"],
    ["A Chinese diplomat, Chen Yonglin, sought political asylum in Australia after walking out of the consulate in Sydney.", "consulate in Sydney"],
    ["The 12 waitresses defected to Seoul after escaping a North Korean restaurant in Ningbo.", "North Korean restaurant in Ningbo"],
    ["Viktor Belenko, a lieutenant in the Soviet Air Defence Forces, defected to Japan in 1976.", "Soviet Air Defence Forces"],
    // A state's media arm is a body its journalists leave.
    ["Meanwhile, three state journalists deserted the regime's media arm.", "media arm"],
    ["Two editors of the Soviet propaganda department defected in Vienna in 1978.", "Soviet propaganda department"],
  ])("%s", (text, name) => {
    expect(only(text).organisation?.name).toBe(name);
  });
});

describe("not the defector's body: a refuge, a speaker, a body acting on them", () => {
  it.each([
    "Four activists went to the U.S. Consulate to seek asylum on Tuesday.",
    "A North Korean man defected and fled to the South Korean Consulate General in Vladivostok.",
    "A North Korean defector requested asylum at the British embassy in Moscow.",
    "A North Korean man fled to the South Korean embassy in Beijing in 2002.",
    "A Soviet diplomat fled to the Netherlands' embassy in Moscow in 1983.",
    "According to the Foreign Ministry, a diplomat defected to Canada.",
    "A pilot defected to Taiwan on Monday, a Defense Ministry spokesman said.",
    "The Taliban's media wing said a commander had defected, according to the statement.",
    "On January 2nd, the State Security Department launched an operation to arrest a group of 15 officials who defected from Pyongyang.",
  ])("%s", (text) => {
    expect(only(text).organisation).toBeNull();
  });
});

describe("the post named in a sentence without a trigger", () => {
  it.each([
    ["The spokesman said Wang, 28, took off from Daishan Air Base near Shanghai.", "Shanghai"],
    // An area the gazetteer lacks, named under its country, stands where the country would.
    ["The spokesman said Wang, 28, took off from Daishan Air Base in eastern China's Zhejiang Province.", "Zhejiang Province"],
    ["The lieutenant had set out from a border post in Russia's Bryansk Oblast.", "Bryansk Oblast"],
    ["The crew sailed from a fishing port in Cuba's Matanzas Province before dawn.", "Matanzas Province"],
    ["He was later seen at a market in China's Jilin Province.", null],
    ["Before his escape he was stationed in Vladivostok for three years.", "Vladivostok"],
    ["The diplomat had been posted at the embassy in Vienna since 2012.", "Vienna"],
    ["She was competing at the world championship in Budapest.", "Budapest"],
    ["He later moved to Berlin, where he opened a restaurant.", null],
    ["The diplomat grew up in Pyongyang.", null],
  ])("%s", (text, name) => {
    expect(readPostingOrigin(viewOf(text))?.place.name ?? null).toBe(name);
  });
});
