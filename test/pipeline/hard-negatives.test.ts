// Articles full of look-alikes: purges, executions, sanctions lists with names, and people who "escaped scrutiny".
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const purgeStory = `North Korea executes senior officials in latest purge

SEOUL, Aug. 29 -- North Korea has executed at least five senior officials accused of corruption and dereliction of duty, a South Korean lawmaker said Thursday, citing the National Intelligence Service.

Among them was a vice premier who was shot by firing squad in July, according to the lawmaker. Another official, a former ambassador to China, was sent to a labour camp.

The NIS said Kim Jong-un has purged more than 340 people since taking power in 2011. Analysts say the purges are meant to prevent defections by elites who fear for their lives.

Ri Yong-ho, the former foreign minister, is believed to have been executed last year, the agency said.`;

const sanctionsStory = `US sanctions North Korean bankers over weapons financing

WASHINGTON (Reuters) - The U.S. Treasury Department on Tuesday imposed sanctions on six North Korean bank representatives based in China and Russia, accusing them of helping Pyongyang evade international sanctions.

The individuals include Kim Chol-nam of the Foreign Trade Bank in Dandong and Pak Il-gyu, a representative of Korea Kwangson Banking Corp in Vladivostok. "These bankers have escaped scrutiny for too long," a Treasury official said.

North Korea has been accused of using overseas networks to fund its nuclear and ballistic missile programmes in defiance of United Nations resolutions.`;

describe.each([
  ["a purge story with executions, a labour camp and a word about defections", purgeStory],
  ["a sanctions story naming North Korean bankers abroad", sanctionsStory],
])("%s", (_title, text) => {
  const result = extractDefections(text, { publishedAt: "2024-01-10" });

  it("produces no defection record", () => {
    expect(result.records).toEqual([]);
  });

  it("produces no defection statistic", () => {
    expect(result.statistics).toEqual([]);
  });
});
