// One person, one record: repeated names, surname back-references, "the official", "that official", "he", "they".
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const records = (text: string) => extractDefections(text, { publishedAt: "2016-10-12" }).records;

describe("coreference", () => {
  it.each([
    [
      "Thae Yong-ho's defection to South Korea angered Pyongyang. Thae was the No. 2 man at the embassy in London. Thae defected with his family in late July.",
      1,
      3,
    ],
    [
      "A senior official at the spy agency defected to South Korea last year. An unidentified official who worked for the Ministry of State Security escaped to the South last year.",
      1,
      2,
    ],
    [
      "Another official under Room 39 defected from a Chinese-speaking country. That official seized a holiday to defect since the regime holds families hostage.",
      1,
      2,
    ],
    [
      "A diplomat defected from the Caribbean last year. It later became a bigger scandal. The official reported valuable intelligence to the South.",
      1,
      2,
    ],
    [
      "A senior colonel defected to the South last year. A diplomat stationed in an African country defected to South Korea in May of last year.",
      2,
      1,
    ],
    [
      "One official with Room 39 defected from Africa. Another official also under Room 39 defected from a Chinese-speaking country.",
      2,
      1,
    ],
  ])("%s", (text, count, evidenceOfFirst) => {
    const found = records(text);
    expect(found).toHaveLength(count);
    expect(found[0]?.evidence).toHaveLength(evidenceOfFirst);
  });
});
