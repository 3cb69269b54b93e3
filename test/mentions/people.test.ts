// Person mentions: Korean names in every usual writing, other names from compromise's tags, titles stripped,
// surname-only back references linked across a document, and the capitalised words that are not people.
import { describe, expect, it } from "vitest";
import { analyseSentences } from "../../src/analysis/index.js";
import { builtInKnowledge } from "../../src/data/index.js";
import { findPeople, linkPartialMentions } from "../../src/mentions/people.js";
import type { PersonMention } from "../../src/types.js";
import { analysed } from "../helpers/sentences.js";

const fullNames = (text: string) =>
  findPeople(analysed(text), builtInKnowledge)
    .filter((person) => !person.partial)
    .map((person) => person.name);

/** A document of sentences joined by spaces, read the way the pipeline reads it, partial mentions linked. */
function documentPeople(sentences: readonly string[]): { text: string; people: PersonMention[] } {
  let start = 0;
  const parts = sentences.map((text, index) => {
    const sentence = { index, start, end: start + text.length, text, paragraph: 0, headline: false };
    start += text.length + 1;
    return sentence;
  });
  const people = analyseSentences(parts).flatMap((sentence) => findPeople(sentence, builtInKnowledge));
  return { text: sentences.join(" "), people: linkPartialMentions(people) };
}

describe("Korean names: surname, then a two-syllable given name as written", () => {
  it.each([
    ["Thae Yong-ho, the deputy ambassador in London, defected with his family.", ["Thae Yong-ho"]],
    ["Former diplomat Thae Yong Ho told reporters in Seoul he had no regrets.", ["Thae Yong Ho"]],
    ["Thae Yongho said his sons had been told nothing until the last moment.", ["Thae Yongho"]],
    ["Ri Il Kyu, a counsellor at the embassy in Cuba, fled with his wife.", ["Ri Il Kyu"]],
    ["The envoy, Ri Il-gyu, was in charge of Latin American affairs.", ["Ri Il-gyu"]],
    ["Pyongyang blamed Kim Jong-un's critics for the defections.", ["Kim Jong-un"]],
    ["Kim Jong Un has executed dozens of officials since 2011.", ["Kim Jong Un"]],
    ["President Park Geun-hye said the government should review its policy.", ["Park Geun-hye"]],
    ["Foreign Minister Ri Yong-ho met his Chinese counterpart on Tuesday.", ["Ri Yong-ho"]],
    ["Moon Jae-in and Song Il-ho spoke about the talks.", ["Moon Jae-in", "Song Il-ho"]],
    ["Kim Jong-un's sister Kim Yo-jong issued a statement.", ["Kim Jong-un", "Kim Yo-jong"]],
    ["The Treasury sanctioned KIM JONG UN and PAK Pong-ju on Friday.", ["KIM JONG UN", "PAK Pong-ju"]],
    ["Kung Sok-ung, a former vice foreign minister, was mentioned.", ["Kung Sok-ung"]],
    ["He added that Jang Song Taek was arrested and executed in December 2013.", ["Jang Song Taek"]],
  ])("%s", (text, expected) => {
    expect(fullNames(text)).toEqual(expected);
  });
});

describe("other names: compromise's person tags, titles and role nouns stripped", () => {
  it.each([
    ["The pilot, Maxim Kuzminov, flew the helicopter to Ukraine in August.", ["Maxim Kuzminov"]],
    ["Viktor Belenko landed his MiG-25 in Hakodate in 1976.", ["Viktor Belenko"]],
    ["KGB officer Oleg Gordievsky was spirited out of Moscow in 1985.", ["Oleg Gordievsky"]],
    ['"It is clear that his rule is unstable," said Professor Toshimitsu Shigemura, an expert on the North.', ["Toshimitsu Shigemura"]],
    ["Senator Maria Lopez called the move a betrayal.", ["Maria Lopez"]],
    ["Officials questioned Viktor Belenko's family for weeks.", ["Viktor Belenko"]],
    ["Colonel Riad al-Asaad crossed into Turkey with his men.", ["Riad al-Asaad"]],
    ["The ministry said Khalid bin-Nasser al-Harthy had left the embassy.", ["Khalid bin-Nasser al-Harthy"]],
    ["Nawaf al-Fares, the ambassador to Iraq, fled to Qatar.", ["Nawaf al-Fares"]],
    ["Last spring a member of the Czech hockey team, Jaromir Vesely, asked for asylum in Austria.", ["Jaromir Vesely"]],
    ["Private Travis King, 23, had been due to fly home to Texas.", ["Travis King"]],
    ["King Hussein received the envoy in Amman.", []],
    ["Shohreh Bayat, 34, had feared arrest in Tehran.", ["Shohreh Bayat"]],
  ])("%s", (text, expected) => {
    expect(fullNames(text)).toEqual(expected);
  });
});

describe("the rest of a given name stays in the name: a guessed verb, the half after a hyphen", () => {
  it.each([
    ["Li Ming vanished from his tour group in Taipei.", ["Li Ming"]],
    ["The engineer Chen Ping slipped away from the delegation.", ["Chen Ping"]],
    ["Reporters waited while Wu Ting left the hotel.", ["Wu Ting"]],
  ])("%s", (text, expected) => {
    expect(fullNames(text)).toEqual(expected);
  });

  it.each([
    ["Hans-Joachim Tiedge crossed to the East in 1985.", ["Hans-Joachim Tiedge"]],
    ["Jean-Pierre Dumont, a French diplomat, left Paris.", ["Jean-Pierre Dumont"]],
    ["The Austro-Hungarian army and a Franco-German brigade fought.", []],
  ])("a hyphenated given name is one name: %s", (text, expected) => {
    expect(fullNames(text)).toEqual(expected);
  });

  it("leaves out a capitalised word the lexicon knows as a verb", () => {
    expect(fullNames("Chancellor Angela Merkel Visiting Paris")).toEqual(["Angela Merkel"]);
  });
});

describe("spans point into the caller's string", () => {
  it.each([
    ["Foreign Minister Ri Yong-ho met his counterpart.", "Ri Yong-ho"],
    ["Professor Toshimitsu Shigemura said so.", "Toshimitsu Shigemura"],
    ["Kim Jong-un's sister spoke.", "Kim Jong-un"],
    ["Thae  Yong-ho arrived.", "Thae  Yong-ho"],
  ])("%s", (text, expected) => {
    const offset = 37;
    const original = " ".repeat(offset) + text;
    const [person] = findPeople(analysed(text, offset), builtInKnowledge).filter((mention) => !mention.partial);
    expect(person?.text).toBe(expected);
    expect(original.slice(person!.start, person!.end)).toBe(expected);
    expect(person?.name).toBe(expected.replace(/\s+/g, " "));
  });
});

describe("surname-only back references take the nearest earlier full name", () => {
  it.each([
    [["Thae Yong-ho defected in July.", "Thae was the No. 2 man at the embassy."], "Thae", "Thae Yong-ho"],
    [["Thae Yong-ho defected in July.", "Mr Thae said his children's future mattered."], "Thae", "Thae Yong-ho"],
    [["Thae Yong-ho defected in July.", "Tae later wrote a memoir."], "Tae", "Thae Yong-ho"],
    [["Professor Toshimitsu Shigemura spoke.", "Shigemura said the regime was unstable."], "Shigemura", "Toshimitsu Shigemura"],
    [["The pilot, Maxim Kuzminov, landed.", "Kuzminov's relatives were questioned."], "Kuzminov", "Maxim Kuzminov"],
    [["Kim Jong-il died in 2011.", "Kim Jong-un took power.", "Kim has purged many officials."], "Kim", "Kim Jong-un"],
    [["Song Il-ho led the delegation.", "Song said nothing."], "Song", "Song Il-ho"],
    [["Jong Song-chol was recalled.", "Jong did not return."], "Jong", "Jong Song-chol"],
    [["The pilot Viktor Belenko landed in Hakodate.", "A loyal officer for years, Belenko flew to Japan."], "Belenko", "Viktor Belenko"],
    [["Oleg Gordievsky, a KGB colonel, has died.", "A double agent for years, Gordievsky briefed London."], "Gordievsky", "Oleg Gordievsky"],
  ])("%j", (sentences, surname, name) => {
    const { text, people } = documentPeople(sentences);
    const partial = people.find((person) => person.partial);
    expect(partial?.text).toBe(surname);
    expect(partial?.surname).toBe(surname);
    expect(partial?.name).toBe(name);
    expect(partial?.key).toBe(people.find((person) => person.name === name && !person.partial)?.key);
    expect(text.slice(partial!.start, partial!.end)).toBe(surname);
  });

  it.each([
    [["Mr Kim, a former trade official, arrived in Seoul."], "Kim"],
    [["A source said Pak had been posted to Moscow."], "Pak"],
  ])("a Korean surname with no full name before it stays as itself: %j", (sentences, surname) => {
    const { people } = documentPeople(sentences);
    expect(people.map((person) => [person.name, person.partial])).toEqual([[surname, true]]);
  });

  it.each([
    [["Belenko landed in Hakodate."]],
    [["Thae Yong-ho defected.", "Song was played at the rally."]],
    [["Kim Jong-un spoke.", "Jong was not mentioned."]],
    [["Thae Yong-ho defected.", "Yong left later."]],
  ])("an unknown or English-word surname with no matching full name is dropped: %j", (sentences) => {
    const { people } = documentPeople(sentences);
    expect(people.filter((person) => person.partial)).toEqual([]);
  });
});

describe("hard negatives: capitalised words that are not people", () => {
  it.each([
    "North Korea said Pyongyang would never forgive the traitors in Seoul.",
    "Room 39 of the Workers Party raises cash for the leadership.",
    "Korea Taesong Bank was sanctioned by the Treasury.",
    "The Unification Ministry said on Monday that 1,036 defectors arrived in May.",
    "So far this year, An official said, the number has fallen.",
    "Go Home, the banner read.",
    "No one knows how many crossed the Han River near Hong Kong.",
    "To Seoul they went, by boat and by plane.",
    "Officials Defecting To South Korea Increases To 20 In 2015",
    "The National Intelligence Service briefed lawmakers on Thursday.",
    "Defectors said they had been held at Camp 15 near Yodok.",
    "Sanctions targeted the Korea Kwangson Banking Corp and Daedong Credit Bank.",
  ])("%s", (text) => {
    expect(fullNames(text)).toEqual([]);
  });
});

describe("given names are not surnames", () => {
  it.each(["Yong said nothing more.", "Il was absent.", "Hyok arrived last."])("%s", (text) => {
    const { people } = documentPeople([text]);
    expect(people).toEqual([]);
  });
});

describe("surname back references take the nearest earlier full name, however many names stand between", () => {
  const crowd = ["Ivan Petrov", "Anna Novak", "Jan Kowalski", "Maria Ionescu", "Oleg Sidorov"].flatMap((name) =>
    Array.from({ length: 12 }, () => `${name} signed the letter.`),
  );
  it.each([
    [["Kim Chol-su fled first.", "Kim Yong-il followed him a week later.", "Kim said the border was unguarded."], [["Kim", "Kim Yong-il"]]],
    [["Thae Yong-ho defected in 2016.", ...crowd, "Thae said he had no regrets."], [["Thae", "Thae Yong-ho"]]],
  ])("%s", (sentences, expected) => {
    const partial = documentPeople(sentences).people.filter((person) => person.partial && !/Petrov|Novak|Kowalski|Ionescu|Sidorov/.test(person.text));
    expect(partial.map((person) => [person.text, person.name])).toEqual(expected);
  });
});
