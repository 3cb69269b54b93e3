// Text stage: furniture is masked without moving offsets, and sentences carry exact offsets, paragraphs and headlines.
import { describe, expect, it } from "vitest";
import { prepareText } from "../../src/text/index.js";
import { MAX_SENTENCE_LENGTH } from "../../src/text/sentences.js";

const sentencesOf = (input: string) => prepareText(input).sentences.map((sentence) => sentence.text);

describe("prepareText masks page furniture", () => {
  it.each([
    ["Back To Top"],
    ["MOST POPULAR"],
    ["LATEST NEWS"],
    ["subscribe"],
    ["Log in to Twitter or Facebook account to connect"],
    ["Copyright © Chosunilbo & Chosun.com"],
    ["Previous Next"],
    ["All Headlines Back to Top"],
    ["print dictionary print"],
    ["Home > National > Politics"],
    ["source : https://www.arirang.com/news/view?id=275329"],
    ["Leave a Comment"],
    ["lock icon"],
    ["To write comments, please log in to one of the accounts."],
    ["Share on Facebook"],
    ["소중한 기사"],
    ["Standards Board Policy (0/250자)"],
    ["• • •"],
  ])("%s", (line) => {
    const input = `Thae defected to Seoul in late July.\n${line}\nHe arrived with his family.`;
    const prepared = prepareText(input);
    expect(prepared.masked).toHaveLength(input.length);
    expect(prepared.masked).toBe(input.replace(line, " ".repeat(line.length)));
    expect(sentencesOf(input)).toEqual(["Thae defected to Seoul in late July.", "He arrived with his family."]);
  });

  it.each([
    ["<p>A senior colonel defected to the South last year.</p><br/>", "A senior colonel defected to the South last year."],
    ["\u2022 By Ahn Yong-hyun", "By Ahn Yong-hyun"],
    ["The diplomat\u0007 fled\u0000 to Seoul.", "The diplomat\u0007 fled\u0000 to Seoul."],
    ["Kim&nbsp;Chol-song escaped to Seoul.", "Kim&nbsp;Chol-song escaped to Seoul."],
  ])("keeps the text around markup and glyphs: %s", (input, sentence) => {
    const prepared = prepareText(input);
    expect(prepared.masked).toHaveLength(input.length);
    expect(sentencesOf(input)).toEqual([sentence]);
    expect(prepared.masked).not.toMatch(/[<>\u2022\u0000\u0007]|&nbsp;/);
  });

  it("masks a furniture line ended by a line separator: Back To Top\u2028Thae defected to Seoul.", () => {
    const input = "Back To Top\u2028Thae defected to Seoul.\u2029MOST POPULAR";
    expect(prepareText(input).masked).toBe(`${" ".repeat(11)}\u2028Thae defected to Seoul.\u2029${" ".repeat(12)}`);
    expect(sentencesOf(input)).toEqual(["Thae defected to Seoul."]);
  });

  it("masks the line that wraps a furniture line: Log in to Twitter or Facebook account to connect / with the Korea JoongAng Daily", () => {
    const input = "He fled.\n\nLog in to Twitter or Facebook account to connect\nwith the Korea JoongAng Daily\n";
    expect(sentencesOf(input)).toEqual(["He fled."]);
  });
});

describe("prepareText splits sentences with exact offsets", () => {
  it.each([
    ["Kung was banished to a rural farm, the daily said. Thae was the No. 2 man at North Korea's embassy in London.", ["Kung was banished to a rural farm, the daily said.", "Thae was the No. 2 man at North Korea's embassy in London."]],
    ["Foreign Minister Yun Byung-se said on Oct. 2 that elite defectors came to the South. He gave no figures.", ["Foreign Minister Yun Byung-se said on Oct. 2 that elite defectors came to the South.", "He gave no figures."]],
    ["Mr. Kim and Lt. Col. Ri left the U.S. embassy. Dr. Park stayed.", ["Mr. Kim and Lt. Col. Ri left the U.S. embassy.", "Dr. Park stayed."]],
    ["S. Korea's spy agency says more N. Koreans have defected. N.Korean officials deny it.", ["S. Korea's spy agency says more N. Koreans have defected.", "N.Korean officials deny it."]],
    ["Fifteen defectors were arrested in Kunming in southern China,.. which shares a border with Laos.", ["Fifteen defectors were arrested in Kunming in southern China,.. which shares a border with Laos."]],
    ["He waited... and then he ran. Nobody followed!", ["He waited... and then he ran.", "Nobody followed!"]],
    ["\"It is clear that Mr Kim's rule is unstable,\" he said. \"Many decided to get out.\" Shigemura added.", ["\"It is clear that Mr Kim's rule is unstable,\" he said.", "\"Many decided to get out.\"", "Shigemura added."]],
    ["The defections rose from eight in 2013 to 18 in 2014. 20 more came this year.", ["The defections rose from eight in 2013 to 18 in 2014.", "20 more came this year."]],
    ["Pak Song-il escaped to Seoul in early March.\u2028Pak Song-il escaped to Seoul in early March.", ["Pak Song-il escaped to Seoul in early March.", "Pak Song-il escaped to Seoul in early March."]],
    ["The trawler's captain sought asylum in Canada\u2029His crew sailed home without him.", ["The trawler's captain sought asylum in Canada", "His crew sailed home without him."]],
    ["A soldier crossed the demarcation line at dawn.\u2009He was unarmed.\u3000Guards found him.", ["A soldier crossed the demarcation line at dawn.", "He was unarmed.", "Guards found him."]],
  ])("%s", (input, expected) => {
    const prepared = prepareText(`  ${input}  `);
    expect(prepared.sentences.map((sentence) => sentence.text)).toEqual(expected);
    for (const sentence of prepared.sentences) expect(prepared.original.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("NK spy agency official defected to S. Korea last year: source (headline, paragraphs, line breaks)", () => {
    const input = "NK spy agency official defected to S. Korea last year: source\n\nA senior official defected last year.\nThe source said so.\n\n\nKim was upset.";
    expect(prepareText(input).sentences.map(({ text, paragraph, headline }) => [text, paragraph, headline])).toEqual([
      ["NK spy agency official defected to S. Korea last year: source", 0, true],
      ["A senior official defected last year.", 1, false],
      ["The source said so.", 1, false],
      ["Kim was upset.", 2, false],
    ]);
  });

  it("Gordievsky defected in 1985.\u2028He lives in Surrey.\u2029He wrote a memoir. (line and paragraph separators)", () => {
    const input = "Gordievsky defected in 1985.\u2028He lives in Surrey.\u2029He wrote a memoir.";
    expect(prepareText(input).sentences.map(({ text, paragraph, headline }) => [text, paragraph, headline])).toEqual([
      ["Gordievsky defected in 1985.", 0, false],
      ["He lives in Surrey.", 0, false],
      ["He wrote a memoir.", 1, false],
    ]);
  });

  it("joins a hard-wrapped line that continues in lower case: A North Korean diplomat stationed in / Vladivostok ...", () => {
    const input = "A North Korean diplomat based in Cuba defected with his wife\nand child to South Korea in November.\r\nHe was a counsellor.";
    expect(sentencesOf(input)).toEqual([
      "A North Korean diplomat based in Cuba defected with his wife\nand child to South Korea in November.",
      "He was a counsellor.",
    ]);
  });
});

describe("prepareText never throws on bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t\r\n  "],
    ["html page", "<html><head><style>p{color:red}</style><script>var a = '<b>';</script></head><body><!-- x --></body></html>"],
    ["binary noise", String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65_536))],
    ["unclosed tag", "<div class=\"a\" Thae defected."],
  ])("%s", (_name, input) => {
    const prepared = prepareText(input);
    expect(prepared.masked).toHaveLength(input.length);
    for (const sentence of prepared.sentences) expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("has no sentences in an HTML page with only markup and script", () => {
    expect(sentencesOf("<html><head><script>if (a < b) { go(); }</script></head><body><p></p></body></html>")).toEqual([]);
  });

  // Its speed is measured by `npm run bench`, never by a test.
  it("prepares a 10 MB article: every sentence found, the furniture masked", () => {
    const paragraph = "A senior official at North Korea's spy agency defected to South Korea last year, a source said Wednesday. Mr. Kim left on Oct. 2.\n\nBack To Top\n";
    const input = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const prepared = prepareText(input);
    expect(prepared.sentences.length).toBe(2 * Math.ceil(10_000_000 / paragraph.length));
    expect(prepared.sentences.at(-1)?.text).toBe("Mr. Kim left on Oct. 2.");
  });
});

describe("prepareText cuts a sentence longer than any real one into bounded pieces", () => {
  const names = Array.from({ length: 120 }, (_, i) => `Kim Chol-su${i}`).join(", ");
  const unpunctuated = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
  const unspaced = "defected-to-the-south/".repeat(120);
  it.each([
    ["a list of names run together with commas", `${names} and Ri Yong-ho defected to South Korea.`],
    ["words without punctuation", unpunctuated],
    ["words joined without a single space", unspaced],
    ["a headline line without final punctuation", `Officials say ${unpunctuated}`],
  ])("%s", (_name, input) => {
    const sentences = prepareText(input).sentences;
    expect(sentences.length).toBeGreaterThan(1);
    sentences.forEach((sentence, index) => {
      expect(sentence.index).toBe(index);
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.headline).toBe(false);
    });
    // Nothing is lost: only spaces lie between one piece and the next.
    sentences.slice(1).forEach((sentence, index) => expect(input.slice(sentences[index]?.end, sentence.start)).toMatch(/^\s*$/));
    expect([sentences[0]?.start, sentences.at(-1)?.end]).toEqual([0, input.trimEnd().length]);
  });

  it("cuts a list after a comma, never inside a name: Kim Chol-su0, Kim Chol-su1, ...", () => {
    for (const sentence of prepareText(`${names}.`).sentences.slice(0, -1)) expect(sentence.text).toMatch(/,$/);
  });

  it("keeps a long real sentence whole: a 700-character report of a defection stays one sentence", () => {
    const long = `A Cuban baseball player defected from the country's national team Wednesday, ${"according to officials who spoke on condition of anonymity, ".repeat(10)}the ministry said.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE_LENGTH);
    expect(sentencesOf(long)).toEqual([long]);
  });

  it("never cuts between the halves of a surrogate pair: 😀😀😀...", () => {
    const input = "😀".repeat(1500);
    const sentences = prepareText(input).sentences;
    expect(sentences.map((sentence) => sentence.text).join("")).toBe(input);
    for (const sentence of sentences) expect(sentence.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
