// Name identity across romanisations: the key, the Jaro-Winkler fallback and its threshold, Korean surnames.
import { describe, expect, it, vi } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { isKoreanSurname, personKey, SAME_GIVEN_NAME, samePerson, surnameMatches } from "../../src/normalise/names.js";

describe("personKey: one key for every romanisation of a name", () => {
  it.each([
    ["Thae Yong-ho", "Thae Yong Ho"],
    ["Thae Yong-ho", "Tae Yong-ho"],
    ["Thae Yong-ho", "THAE Yongho"],
    ["Ri Il Kyu", "Ri Il-gyu"],
    ["Ri Il Kyu", "Lee Il-kyu"],
    ["Pak Pong-ju", "Park Bong-ju"],
    ["Choe Ryong-hae", "Choi Ryong Hae"],
    ["Jong Song-chol", "Jeong Song Chol"],
    ["Kim Jong-un", "KIM JONG UN"],
    ["Kim Tong-il", "Kim Dong-il"],
    ["Kim Kyong-hui", "Gim Gyeong-hui"],
    ["Hyon Yong-chol", "Hyun Yong Chol"],
    ["Kuzminov's", "Kuzminov"],
  ])("%s = %s", (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it.each([
    ["Kim Jong-un", "Kim Jong-il"],
    ["Kim Jong-un", "Kim Yo-jong"],
    ["Kim Jong-un", "Park Jong-un"],
    ["Thae Yong-ho", "Thae Yong-ha"],
    ["Maxim Kuzminov", "Viktor Belenko"],
  ])("%s != %s", (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });

  it("keys Korean names on the surname group and the folded given name", () => {
    expect(personKey("Tae Yong Ho")).toBe("thae yongho");
    expect(personKey("Ri Il-gyu")).toBe("lee ilgyu");
    expect(personKey("Toshimitsu Shigemura")).toBe("toshimitsu shigemura");
  });
});

describe(`samePerson: equal keys, or the same surname and given names at least ${SAME_GIVEN_NAME} alike`, () => {
  it.each([
    ["Kim Chol-song", "Kim Chol-sung"],
    ["Kim Jong-chol", "Kim Jong-chul"],
    ["Thae Yong-ho", "Tae Yong Ho"],
    ["Ri Il Kyu", "Lee Il-gyu"],
    ["Kim Son-hui", "Kim Song-hui"],
  ])("%s is %s", (a, b) => {
    expect(samePerson(a, b)).toBe(true);
  });

  it.each([
    ["Kim Jong-un", "Kim Jong-il"],
    ["Kim Jong-un", "Kim Yo-jong"],
    ["Kim Jong-un", "Kim Jong-nam"],
    ["Kim Chol-song", "Pak Chol-song"],
    ["Thae Yong-ho", "Thae"],
    ["Maxim Kuzminov", "Maksim Kuzminov"],
  ])("%s is not %s", (a, b) => {
    expect(samePerson(a, b)).toBe(false);
  });
});

describe("isKoreanSurname", () => {
  it.each(["Kim", "Ri", "Yi", "Pak", "Thae", "Kung", "Choe", "An", "Song", "Moon", "THAE", "Jegal"])("%s is a Korean surname", (word) => {
    expect(isKoreanSurname(word, builtInKnowledge)).toBe(true);
  });

  it.each(["Yong", "Il", "Hyok", "Smith", "Seoul", "Pyongyang", "Kuzminov"])("%s is not", (word) => {
    expect(isKoreanSurname(word, builtInKnowledge)).toBe(false);
  });

  it("counts surnames a caller adds to the knowledge", () => {
    const knowledge = { ...builtInKnowledge, surnames: [...builtInKnowledge.surnames, "Sobong"] };
    expect(isKoreanSurname("Sobong", knowledge)).toBe(true);
    expect(isKoreanSurname("Sobong", builtInKnowledge)).toBe(false);
  });
});

describe("surnameMatches: a surname alone against a full name", () => {
  it.each([
    ["Thae", "Thae Yong-ho", true],
    ["Tae", "Thae Yong-ho", true],
    ["Lee", "Ri Il Kyu", true],
    ["Shigemura", "Toshimitsu Shigemura", true],
    ["Kim", "Thae Yong-ho", false],
    ["Yong", "Thae Yong-ho", false],
    ["Toshimitsu", "Toshimitsu Shigemura", false],
  ])("%s fits %s: %s", (surname, full, expected) => {
    expect(surnameMatches(surname, full)).toBe(expected);
  });
});

describe("importing", () => {
  it("prints nothing: the name module and natural's Jaro-Winkler deep path load silently", async () => {
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    vi.resetModules();
    const names = await import("../../src/normalise/names.js");
    const people = await import("../../src/mentions/people.js");
    const jaroWinkler = await import("natural/lib/natural/distance/jaro-winkler_distance.js");
    stdout.mockRestore();
    stderr.mockRestore();
    expect(typeof names.samePerson).toBe("function");
    expect(typeof people.findPeople).toBe("function");
    expect(jaroWinkler.default("jongun", "jongil")).toBeLessThan(SAME_GIVEN_NAME);
    expect(written).toEqual([]);
  });
});
