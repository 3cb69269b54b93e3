// Record ids: the same input always gives the same ids, and no two records of one result share one, even when two
// records start in the same sentence with the same person.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

describe("record ids are unique within a result and stable across calls", () => {
  it.each([
    ["Zdzislaw Rurarz, ambassador who defected from Poland to protest martial law, dies at 76 Zdzislaw Rurarz, ambassador who defected from Poland to protest martial law, dies at 76"],
    ["Pak Song-il, a former trade official in Vladivostok, escaped to Seoul with his wife in early March. She is the third North Korean diplomat to defect from the embassy in London since 2016."],
    ["Thae Yong-ho, a minister at North Korea's embassy in London, defected to South Korea in late July. Kim Chol-song, a third secretary at North Korea's trade mission in Russia, escaped to Seoul in late July."],
  ])("%s", (text) => {
    const ids = extractDefections(text, { publishedAt: "2016-10-12" }).records.map((record) => record.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(extractDefections(text, { publishedAt: "2016-10-12" }).records.map((record) => record.id)).toEqual(ids);
  });

  it("keeps the id of a record that is alone in its sentence: Kim Chol-song ... escaped to Seoul in late July.", () => {
    const text = "Kim Chol-song, a third secretary at North Korea's trade mission in Russia, is also known to have escaped to Seoul in late July.";
    expect(extractDefections(text, { publishedAt: "2016-10-12" }).records.map((record) => record.id)).toEqual(["rec-616d3d7c"]);
  });
});
