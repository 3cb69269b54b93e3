// Name and phrase normalisation used to compare gold and predicted values.
import { describe, expect, it } from "vitest";
import { eitherContainsWords, normaliseName, normalisePhrase, singularise } from "../../src/eval/normalise.js";

describe("romanisation-insensitive names", () => {
  it.each([
    ["Thae Yong-ho", "Thae Yongho"],
    ["Thae Yong-ho", "thae yong ho"],
    ["Kim Chol-song", "KIM CHOL‐SONG"],
    ["Ri Il-kyu", "Ri Il Kyu"],
    ["Jo Song-gil", "Jo Sŏng-gil"],
    ["O'Brien", "OBrien"],
  ])("%s = %s", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each([
    ["Kim Jong-un", "Kim Jong-nam"],
    ["Ri Il-kyu", "Ri Il-gyu"],
  ])("%s ≠ %s", (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });
});

describe("phrases", () => {
  it.each([
    ["Workers' Party's  Room 39", "workers party s room 39"],
    ["  Vice-Foreign Minister ", "vice foreign minister"],
  ])("%s -> %s", (phrase, expected) => {
    expect(normalisePhrase(phrase)).toBe(expected);
  });

  it.each([
    ["senior official", "official", true],
    ["vice foreign minister", "minister", true],
    ["third secretary", "third secretary", true],
    ["counsellor", "counsel", false],
    ["officer", "official", false],
    ["", "official", false],
  ])("%s contains %s as words: %s", (a, b, expected) => {
    expect(eitherContainsWords(a, b)).toBe(expected);
    expect(eitherContainsWords(b, a)).toBe(expected);
  });

  it.each([
    ["children", "child"],
    ["Wives", "wife"],
    ["sons", "son"],
    ["two daughters", "two daughter"],
    ["family", "family"],
    ["mistress", "mistress"],
    ["families", "family"],
  ])("%s -> %s", (plural, singular) => {
    expect(singularise(plural)).toBe(singular);
  });
});
