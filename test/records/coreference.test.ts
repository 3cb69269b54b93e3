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
    [
      "Four Eritrean cyclists vanished from their hotel in Kigali on Sunday. Four Eritrean cyclists had defected at the same race in Kigali in 2015.",
      2,
      1,
    ],
  ])("%s", (text, count, evidenceOfFirst) => {
    const found = records(text);
    expect(found).toHaveLength(count);
    expect(found[0]?.evidence).toHaveLength(evidenceOfFirst);
  });
});

describe("one event told by headline, lead and body", () => {
  it.each([
    [
      "Envoy in Vienna defects\n\nA senior diplomat posted in Vienna has defected, officials said on Friday.\n\nThe diplomat, Pak Song-il, flew to Zurich and asked for asylum.",
      "Pak Song-il",
      3,
    ],
    [
      "Soviet sailor jumps ship in Lisbon\n\nA sailor from a Soviet trawler defected in Lisbon on Sunday. Igor Petrenko, 24, asked the Portuguese police for asylum.",
      "Igor Petrenko",
      3,
    ],
    [
      "Chess master defects at Dutch tournament\n\nGrandmaster Viktor Korchnoi asked for political asylum in the Netherlands after the tournament.",
      "Viktor Korchnoi",
      2,
    ],
  ])("%s", (text, name, evidence) => {
    const found = records(text);
    expect(found.map((record) => record.person.name)).toEqual([name]);
    expect(found[0]?.evidence).toHaveLength(evidence);
  });

  it("keeps an unnamed lead apart when several named people could be it", () => {
    const text =
      "A Cuban doctor defected in Caracas last month. Ana Ruiz, a nurse, crossed into Colombia in May. Luis Pena, a surgeon, sought asylum in Miami in June.";
    expect(records(text).map((record) => record.person.name ?? record.person.description)).toEqual(["A Cuban doctor", "Ana Ruiz", "Luis Pena"]);
  });

  it.each([
    ["A Cuban doctor has defected, officials said. Maria Lopez, a singer, came to Toronto for two concerts.", ["A Cuban doctor", "Maria Lopez"]],
    ["A Cuban doctor has defected to Canada, officials said. Maria Lopez came to Toronto with her husband.", ["Maria Lopez"]],
    ["A Hungarian diplomat has asked for asylum in Canada. Laszlo Varga walked out of the consulate in Toronto with his wife.", ["Laszlo Varga"]],
    ["A Hungarian diplomat has asked for asylum in Canada. Laszlo Varga walked out of the consulate in Vienna with his wife.", ["A Hungarian diplomat", "Laszlo Varga"]],
  ])("a named arrival joins the unnamed lead only when it tells the same move: %s", (text, expected) => {
    expect(records(text).map((record) => record.person.name ?? record.person.description)).toEqual(expected);
  });

  it("keeps two unnamed people with different dates apart", () => {
    const text = "In 2009 a soldier swam across the river to the South. A young officer defected in May 2014 across the border.";
    expect(records(text)).toHaveLength(2);
  });
});

describe("the name that owns a description", () => {
  it.each([
    ["Oleg Kalugin, a former KGB colonel who defected to the United States, spoke to reporters.", "Oleg Kalugin", "colonel"],
    ["Arkady Shevchenko, the Soviet diplomat who defected in 1978, died on Friday.", "Arkady Shevchenko", "diplomat"],
    [
      "Cuba's deputy consul in Montreal, Elena Prieto, who went missing in March, has since defected to the United States.",
      "Elena Prieto",
      "deputy consul",
    ],
  ])("%s", (text, name, title) => {
    const found = records(text);
    expect(found.map((record) => record.person.name)).toEqual([name]);
    expect(found[0]?.role?.title).toContain(title);
  });
});

describe("regressions found by generated inputs", () => {
  it.each([
    ["Pak Song-il, a former trade official in Vladivostok, escaped to Seoul with his wife in early March. She is the third North Korean diplomat to defect from the embassy in London since 2016."],
    [`${"Zdzislaw Rurarz, ambassador who defected from Poland to protest martial law, dies at 76"} ${"Zdzislaw Rurarz, ambassador who defected from Poland to protest martial law, dies at 76"}`],
  ])("one person, one record: %s", (text) => {
    expect(records(text)).toHaveLength(1);
  });

  it("keeps an unnamed defector when a later paragraph enters a named person in a race", () => {
    const found = records(
      "A North Korean diplomat stationed in Bangkok defected to South Korea last year, the Unification Ministry said.\n\nA young Elizabeth Taylor wins a horse in a raffle and decides to enter him in the Grand National.",
    );
    expect(found.map((record) => [record.person.name, record.person.description])).toEqual([[null, "A North Korean diplomat"]]);
  });

  it("keeps an unnamed defector when a later paragraph names a holder of the Victoria Cross", () => {
    const found = records(
      "The captain of a Soviet trawler sought asylum in Canada in 1978, according to declassified files.\n\nIf you're done with the game, click the blue \"X\". * James Henry Finn, soldier who was awarded the Victoria Cross This past time, they showcased a granola.",
    );
    expect(found.map((record) => [record.person.name, record.person.description])).toEqual([[null, "The captain"]]);
  });

  it("keeps a headline's description when the story under it goes on with 'she'", () => {
    const found = records("Belarusian violinist seeks asylum in Lithuania\n\nShe fled to Vilnius last week with her husband, her agent said.");
    expect(found.map((record) => [record.person.name, record.person.description])).toEqual([[null, "Belarusian violinist"]]);
  });

  it("keeps an unnamed defector when an appended paragraph has a Harry Potter concert coming to Toronto", () => {
    const found = records(
      "Two North Korean soldiers defected across the Military Demarcation Line on Sunday, the Joint Chiefs of Staff said.\n\nDecent pub food in a 'college' atmosphere. A huge Harry Potter concert is coming to Toronto",
    );
    expect(found.map((record) => [record.person.name, record.person.description, record.evidence.length])).toEqual([[null, "Two North Korean soldiers", 1]]);
  });

  it("keeps an unnamed defector when an appended tale has a woman who must go back to a palace", () => {
    const found = records(
      "More than 30,000 North Koreans have defected to the South since the 1990s, ministry figures show.A North Korean diplomat stationed in Bangkok defected to South Korea last year, the Unification Ministry said. --\n\nBut when they heard that she had only come to be with them for a short time, and then must go back to the Beast's palace for ever, they lamented loudly.",
    );
    expect(found.map((record) => [record.person.description, record.evidence.length])).toEqual([["North Korean diplomat", 1]]);
  });
});

describe("a plural pronoun and the group it stands for", () => {
  it.each([
    ["Five Cuban surgeons were stopped at the airport in Caracas on Monday. They later defected to the United States.", "Five Cuban surgeons", 5, 2],
    ["Three Belarusian sprinters, the team's manager said, had left the hotel. They defected to Poland on Sunday.", "Three Belarusian sprinters", 3, 2],
    ["At the embassy gate, two of the six Eritrean cyclists said they wished to defect.", "two of the six Eritrean cyclists", 2, 1],
  ])("%s", (text, description, count, evidence) => {
    const found = records(text);
    expect(found.map((record) => [record.person.description, record.count])).toEqual([[description, count]]);
    expect(found[0]?.evidence).toHaveLength(evidence);
  });

  it("leaves a 'they' alone when the sentence before opens with no counted group", () => {
    expect(records("Officials at the border were stopped on Monday. They later defected to the United States.")).toEqual([]);
  });
});

describe("names and cases told beside the story's own", () => {
  it.each([
    ["The second pilot to defect was Arkady Volkov, who landed in Japan.", [["Arkady Volkov", "The second pilot"]]],
    [
      "An Eritrean cyclist has sought asylum in Belgium. Earlier this year, a member of the women's team, Helen Tesfay, had also sought asylum in Rwanda.",
      [
        [null, "An Eritrean cyclist"],
        ["Helen Tesfay", "a member"],
      ],
    ],
    ["A Cuban doctor defected in Caracas in May. Later the national Health Ministry said she fled to Colombia.", [[null, "A Cuban doctor"]]],
    ["A senior engineer at the nuclear plant recently defected. The North Korean is said to have escaped late last month with his wife.", [[null, "A senior engineer"]]],
    ["A Cuban who defected in 1994 now runs a bakery in Miami.", [[null, "A Cuban"]]],
    ["The Cuban national team lost on Sunday; its coach, Raul Soto, defected in Toronto.", [["Raul Soto", "its coach"]]],
  ])("%s", (text, people) => {
    expect(records(text).map((record) => [record.person.name, record.person.description])).toEqual(people);
  });
});

describe("the date of a flight retold about a known defector", () => {
  it.each([
    ["A Venezuelan air force captain has sought asylum in Brazil. The pilot, named as Luis Ortega, flew his jet over the border on Tuesday.", "Tuesday"],
    ["Hungarian officials said a Belarusian athlete had defected. The sprinter, identified as Anna Petrova, escaped from the team hotel in March 2023.", "March 2023"],
  ])("%s", (text, when) => {
    const found = records(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.timeframe?.text).toBe(when);
  });

  it("keeps a date the record already has", () => {
    const found = records("A Libyan diplomat defected to Malta in 2011. The envoy, identified as Omar Said, crossed by boat on Friday.");
    expect(found.map((record) => record.timeframe?.text)).toEqual(["2011"]);
  });
});

describe("a later sentence's rank over the bare word for the trade", () => {
  it.each([
    ["A Russian soldier deserted to Finland last week. The lieutenant, named as Oleg Sokolov, crossed on skis.", "lieutenant"],
    ["A North Korean third secretary defected in Bangkok in May. The diplomat, identified as Ri Chol, had served there since 2019.", "third secretary"],
  ])("%s", (text, title) => {
    expect(records(text).map((record) => record.role?.title)).toEqual([title]);
  });
});

describe("a sentence about \"the diplomat\" tells the person's body and post", () => {
  const placeOf = (place: { name: string; country: string | null } | null | undefined) => (place ? [place.name, place.country] : null);
  it.each([
    ["A Cuban diplomat defected to Spain last week. The diplomat had worked at the embassy in Lisbon for two years.", "embassy in Lisbon", ["Lisbon", "PT"]],
    // The host city says more than the country the lead gave.
    ["A North Korean official posted in Russia defected last month. The official worked at the trade office in Khabarovsk.", "trade office in Khabarovsk", ["Khabarovsk", "RU"]],
  ])("%s", (text, organisation, origin) => {
    const found = records(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.organisation?.name).toBe(organisation);
    expect(placeOf(found[0]?.origin)).toEqual(origin);
  });

  it("a post in another country is no narrowing of the one the lead gave", () => {
    const found = records("A Syrian diplomat posted in Jordan defected on Monday. The diplomat had once served at the embassy in Paris.");
    expect(found.map((record) => placeOf(record.origin))).toEqual([["Jordan", "JO"]]);
  });
});

describe("a lone member told with a counted group", () => {
  it.each([
    ["The 12 female workers and one male manager defected to Seoul after escaping a restaurant in Ningbo.", 13],
    ["Eight dancers plus one choreographer sought asylum in Vienna after the last show.", 9],
    ["Nine players and one coach sought asylum in Canada.", 10],
    ["Eleven sailors defected to the West in Hamburg. The ten men and one woman asked for asylum on Monday.", 11],
  ])("%s", (text, count) => {
    const found = records(text);
    expect(found.map((record) => record.count)).toEqual([count]);
  });
});

describe("a definite description named in apposition, among other named defectors", () => {
  it("joins the unnamed lead it points back to (subject/name-in-apposition), not a record of its own", () => {
    const found = records(
      "A Belarusian border guard defected to Poland on Sunday. The guard, identified as Emil Czeczko, crossed the frontier near Terespol on foot. Czeczko later appeared on Polish television. Another guard, Piotr Nowak, fled to Lithuania in May.",
    );
    expect(found.map((record) => [record.person.name, record.evidence.length])).toEqual([
      ["Emil Czeczko", 3],
      ["Piotr Nowak", 1],
    ]);
  });
});

describe("organisation/descriptive-sentence: a body read from the headline", () => {
  it("yields to the body the story's own sentence names", () => {
    const [pilot] = records(
      "Soviet military pilot defects to Japan\n\nA Soviet pilot defected to Japan on Monday, officials in Tokyo said. The pilot, identified as Viktor Belenko, landed his jet at Hakodate airport. Belenko was a lieutenant in the Soviet air force. Another pilot, Oleg Sokolov, fled to Iran in May.",
    );
    expect(pilot?.organisation).toEqual({ name: "Soviet air force", canonical: "Soviet Air Forces" });
  });

  it("still fills a record that has none from the headline", () => {
    const [pilot] = records("Soviet military pilot defects to Japan\n\nA Soviet pilot defected to Japan on Monday, officials in Tokyo said.");
    expect(pilot?.organisation?.name).toBe("Soviet military");
  });
});

describe("a definite description stands for the one record of its number just before (subject/definite-description)", () => {
  it("what the description's sentence says of the person is theirs", () => {
    const found = records(
      "A Bulgarian engineer defected to Austria last month, a source said. The man, who worked for a state trading company in Varna, is being questioned by Austrian police.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.organisation?.name).toBe("trading company in Varna");
    expect(found[0]?.origin?.name).toBe("Varna");
  });

  it("an aside that says what the group is keeps the description", () => {
    const found = records(
      "Seven North Koreans crossed the sea border to the South on Friday. The group, believed to be members of one family, sailed from a port near Chongjin.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toHaveLength(2);
  });

  it("a title in its sentence is someone else's", () => {
    const found = records("A North Korean sailor swam across the river to the South on Monday. The man expressed his wish to stay, military officials said.");
    expect(found.map((record) => record.role?.title ?? null)).toEqual(["sailor"]);
  });

  it.each([
    [
      "A Cuban baseball pitcher slipped away from his team in Monterrey and defected, officials said. The Cuban, 24, was found on Saturday at a bus station in Laredo.",
      "Saturday",
    ],
    [
      "Eleven Ethiopian cyclists defected during a race in Kigali. The young Ethiopians were picked up by police on 3 March near the border with Uganda.",
      "3 March",
    ],
    ["An Albanian army officer defected to Greece, the ministry said. The man was found by Greek police in early March.", "early March"],
    ["Two Belarusian athletes sought asylum in Warsaw. The two women were seen at the airport on Tuesday.", "Tuesday"],
  ])("%s", (text, date) => {
    const found = records(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toHaveLength(2);
    expect(found[0]?.timeframe?.text).toContain(date);
  });

  it.each([
    // Two people of one number in reach: "the man" could be either.
    "A soldier defected across the frontier on Monday. Another soldier crossed the frontier and defected a day later. The man was detained on Wednesday.",
    // A title in the aside, or a clause about the defector, tells of someone else.
    "A North Korean soldier defected to the South on Friday. The man, a South Korean border guard, was found asleep on Saturday.",
    "A North Korean soldier defected to the South on Friday. The man who found him was questioned on Saturday.",
    // A native of the country the defector went to is not the defector.
    "A North Korean soldier defected to South Korea. The South Korean man was arrested on Friday.",
    // A group is not one person, nor one person a group.
    "Nine North Korean defectors arrived in Seoul. The man was arrested on May 10.",
    "A North Korean defector arrived in Seoul. The men were arrested on May 10.",
    // "the two women" counts two; the record counts three.
    "Three Belarusian athletes sought asylum in Warsaw. The two women were seen at the airport on Tuesday.",
    // A man is not the woman just spoken of.
    "A woman defected across the river into China. The man was caught on Friday.",
    // Someone else was spoken of in between: "the man" may be the police chief.
    "A Romanian diplomat defected in Vienna. Police chief Ivan Orlov declined to comment. The man was seen in Salzburg on Friday.",
    // "the other man" sets the person apart.
    "An Albanian army officer defected to Greece. The other man was detained by Greek police on Friday.",
  ])("%s", (text) => {
    const found = records(text);
    expect(found.length).toBeGreaterThan(0);
    for (const record of found) expect(record.evidence).toHaveLength(1);
  });
});

describe("a title told before the record of its trade is that record (subject/title-before-record)", () => {
  it.each([
    [
      "The young seaman leapt from the deck of the trawler on Sunday, witnesses said. Harbour staff said later that a sailor had swum ashore and sought asylum.",
      2,
    ],
    ["The airman circled the base twice, radar operators said. Hours later a pilot landed at Misawa and asked for asylum.", 2],
    // Another trade: the captain is not the sailor.
    ["The captain reported the loss on Sunday, witnesses said. Harbour staff said later that a sailor had swum ashore and sought asylum.", 1],
    // A clause that singles out one pilot among others, and a record told as another, are someone else.
    ["The pilot who trained the cadets at the academy later wrote a book. This spring a pilot landed at Misawa and asked for asylum.", 1],
    ["The seaman leapt from the deck on Sunday, witnesses said. Harbour staff said another sailor had swum ashore and sought asylum.", 1],
    // A record just before is what the title points back to; the later one is someone else.
    [
      "A pilot defected to Japan in a jet last year. The seaman leapt from the deck on Sunday. Harbour staff said a sailor had swum ashore and sought asylum.",
      1,
    ],
  ])("%s", (text, evidenceOfLast) => {
    const found = records(text);
    expect(found.at(-1)?.evidence).toHaveLength(evidenceOfLast);
  });
});

describe("being found, or caught on a stopped flight, dates the record a description stands for (timeframe/retold-sighting)", () => {
  it.each([
    ["Nine North Koreans tried to flee to Thailand but were sent back. The North Koreans were arrested by police on Sunday.", "Sunday"],
    ["A Cuban pilot defected to the United States in a crop-duster. The man was rescued by a tanker crew on 4 August.", "4 August"],
    // A defector's past arrest is not the flight.
    ["A Chinese scientist defected to Taiwan, officials said. The man was arrested in 2009 for dissent and released.", null],
    // "found a boat": something the person did, not the moment they were found.
    ["Nine North Koreans defected by boat, officials said. The North Koreans found a fishing boat on Sunday.", null],
    // "had been found": before the story's own event.
    ["Nine North Koreans defected by boat, officials said. The North Koreans had been found by a patrol boat on Sunday.", null],
  ])("%s", (text, date) => {
    const found = records(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toHaveLength(2);
    expect(found[0]?.timeframe?.text ?? null).toBe(date);
  });
});

describe("being found dates the record a title stands for, too (timeframe/retold-sighting)", () => {
  it.each([
    ["A Cuban pitcher defected in Mexico, officials said. The pitcher, 24, was found by border agents on Saturday in Laredo.", "Saturday"],
    // Something the pitcher did, not the moment he was found.
    ["A Cuban pitcher defected in Mexico, officials said. The pitcher found a lawyer on Saturday in Laredo.", null],
  ])("%s", (text, date) => {
    const found = records(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toHaveLength(2);
    expect(found[0]?.timeframe?.text ?? null).toBe(date);
  });
});

describe("a plural title stands for the one group of its trade, never for one person", () => {
  it.each([
    ["Three Cuban players defected in Edmonton. The three players were found by police in Montana on Sunday.", [2]],
    ["Four Eritrean cyclists defected in Kigali. The cyclists did not attend the closing ceremony.", [2]],
    // One person is not "the officials" who speak of them.
    ["A Cuban doctor defected in Caracas in May. The officials declined to comment on the case.", [1]],
    // "the two players" counts two; the group counts three.
    ["Three Cuban players defected in Edmonton. The two players were found by police in Montana on Sunday.", [1]],
  ])("%s", (text, evidence) => {
    expect(records(text).map((record) => record.evidence.length)).toEqual(evidence);
  });
});

describe("subject/named-after-lead: the paragraph that names an unnamed lead", () => {
  const people = (text: string) => records(text).map((record) => record.person.name ?? record.person.description);

  it.each([
    ["A Polish trawler captain sailed his boat into a Swedish port on Sunday. Captain Jerzy Nowak, 51, had planned the escape for a year.", ["Jerzy Nowak"]],
    ["An Iranian chess player has defected to Spain. Grandmaster Reza Tabrizi, 30, left the team hotel in Madrid on Friday.", ["Reza Tabrizi"]],
    ["A Belarusian referee has been granted asylum in Britain. Olga Vaskevich, 41, had feared arrest at home.", ["Olga Vaskevich"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ["A Polish trawler captain sailed his boat into a Swedish port on Sunday. Admiral Piotr Zielinski, the navy's chief, said the captain would be tried.", ["A Polish trawler captain"]],
    ["A Polish trawler captain sailed his boat into a Swedish port on Sunday. Anna Kowalska, 60, a poet, read at the festival in Malmo.", ["A Polish trawler captain"]],
    ["A Belarusian referee has been granted asylum in Britain. Olga Vaskevich, 41, the referee's lawyer, said the case was clear.", ["A Belarusian referee"]],
    ["A Polish trawler captain sailed his boat into a Swedish port on Sunday. His first mate, Marek Lis, stayed aboard. Captain Jerzy Nowak, 51, read the statement.", ["A Polish trawler captain"]],
  ])("a source or someone else is not the lead: %s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("timeframe/retold-departure: a sentence about a known defector that retells the leaving", () => {
  it("gives the date and the family", () => {
    const found = records(
      "A senior diplomat at the Hungarian embassy in Ottawa has asked for asylum, officials said. The diplomat, Laszlo Kovacs, left his residence on Sunday with his wife and their two children.",
    );
    expect(found).toHaveLength(1);
    expect([found[0]?.timeframe?.text, found[0]?.companions]).toEqual(["Sunday", ["wife", "children"]]);
  });

  it.each([
    "A senior diplomat at the Hungarian embassy in Ottawa has asked for asylum. The diplomat who left his post on Sunday was his deputy.",
    "A senior diplomat at the Hungarian embassy in Ottawa has asked for asylum. The diplomat was questioned on Sunday, officials said.",
  ])("not from another verb or another person: %s", (text) => {
    expect(records(text)[0]?.timeframe ?? null).toBeNull();
  });
});

describe("a headline's record is not taken over by someone else told of after it", () => {
  it("keeps its own description when another trade's person arrives two paragraphs on", () => {
    const found = records(
      "North Korean diplomat in Bangkok defects to South Korea\n\nThe weather was mild.\n\n“Come here,” said he, as the jester entered the Great Hall with a hat.",
    );
    expect(found.map((record) => record.person.description)).toContain("North Korean diplomat");
  });

  it("still joins the lead that names its trade", () => {
    const found = records("North Korean diplomat in Bangkok defects to South Korea\n\nThe official, a counsellor, fled his post in Bangkok last month.");
    expect(found).toHaveLength(1);
  });
});

it("an unresolved date is no evidence that a named arrival is the lead's move", () => {
  const { records: found } = extractDefections("A Cuban doctor defected last year. Maria Lopez came to Toronto in a 2011 tour.");
  expect(found.map((record) => record.person.name ?? record.person.description)).toEqual(["A Cuban doctor", "Maria Lopez"]);
});
