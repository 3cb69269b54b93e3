// Who a defection verb is about when its clause's first noun phrase does not say: a name in apposition before the
// verb, a state's post in the possessive, the subject an "after defecting" adjunct hangs on, a national of any noun.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const subjects = (text: string) =>
  extractDefections(text, { publishedAt: "2019-03-04", explain: true }).records.map((record) => [
    record.person.name ?? record.person.description,
    record.explanation.fields.person?.rule,
  ]);

describe("subject/name-in-apposition", () => {
  it.each([
    ["During the 1976 Olympics, Romanian gymnastics coach, Ion Petrescu, defected to Canada.", "Ion Petrescu"],
    ["One of Cuba's top volleyball players, Yoandy Leal, has defected to Brazil.", "Yoandy Leal"],
    ["Last spring the fastest of the Belarusian sprinters, Olga Dubrova, sought asylum in Poland.", "Olga Dubrova"],
    ["The defector, identified as Nikolai Ivanov, crossed into Finland on foot, border officials said.", "Nikolai Ivanov"],
    ["Last spring the most senior of the officers, Major Olga Dubrova, sought asylum in Poland.", "Olga Dubrova"],
  ])("%s", (text, name) => {
    expect(subjects(text)).toContainEqual([name, "subject/name-in-apposition"]);
  });

  it.each([
    ["A senior officer in the Peruvian navy, Captain Luis Ortega, sought asylum in Chile on Friday.", "Luis Ortega"],
    ["The head of the garrison, Lt. Col. Anton Marek, defected to the West with his family.", "Anton Marek"],
    ["Moscow's trade envoy in Oslo, Dr. Pavel Orlov, defected last spring.", "Pavel Orlov"],
  ])("a title written on the name: %s", (text, name) => {
    expect(subjects(text).map(([subject]) => subject)).toEqual([name]);
  });

  it("keeps a group whose members are named after it", () => {
    expect(subjects("Two officers of the Polish navy, Jan Nowak and Piotr Zielinski, defected in Sweden.")).not.toContainEqual(["Piotr Zielinski", "subject/name-in-apposition"]);
  });

  it.each([
    ["The club's star striker, Ali Karimi, fled the scene after the crash."],
    ["The senator's chief of staff, John Miller, defected to the Democrats."],
    ["Her lawyer, Anna Berg, said on Monday that officials had defected in droves."],
  ])("no defection, or a name that is not the subject: %s", (text) => {
    expect(subjects(text)).toEqual([]);
  });
});

describe("subject/named-owner", () => {
  it.each([
    ["Pyongyang's deputy ambassador in London had defected to Seoul in July.", "Pyongyang's deputy ambassador"],
    ["East Germany's trade attaché in Stockholm defected to the West in 1979.", "East Germany's trade attaché"],
    ["On Tuesday Cuba's consul in Toronto defected to the United States.", "Cuba's consul"],
    ["HAVANA - Cuba's consul in Toronto has defected to the United States.", "Cuba's consul"],
    ["MOSCOW (AP) -- St. Petersburg's deputy mayor has defected to Finland.", "St. Petersburg's deputy mayor"],
  ])("%s", (text, description) => {
    expect(subjects(text)).toEqual([[description, "subject/named-owner"]]);
  });

  it.each([
    ["Chelsea's captain defected to Real Madrid in the summer."],
    ["Labour's deputy leader defected to the Conservatives on Monday."],
    ["Britain's ambassador flew to Washington for talks on Tuesday."],
    ["Hamas's military chief escaped from prison in 2011."],
  ])("no state's servant, or no defection: %s", (text) => {
    expect(subjects(text)).toEqual([]);
  });
});

describe("subject/adjunct-verb", () => {
  it.each([
    ["The Albanian diplomat resigned in 1990 after defecting to Italy.", "The Albanian diplomat"],
    ["Ana Lopez, like many of her colleagues, now works in Madrid after defecting in Caracas.", "Ana Lopez"],
    ["After defecting to the West in 1979, the ballerina settled in Paris.", "the ballerina"],
    ["A Bulgarian weightlifter in his early 20s was questioned after defecting to Greece.", "A Bulgarian weightlifter"],
    ["A conscript from the Third Corps was treated in hospital after deserting to the West.", "A conscript"],
  ])("%s", (text, subject) => {
    expect(subjects(text)).toEqual([[subject, "subject/adjunct-verb"]]);
  });

  it.each([
    ["The man was arrested after fleeing the scene."],
    ["The villagers returned after fleeing the floods."],
    ["A nurse in the ward that treated him was questioned after the man defected to Greece."],
    [
      "A Cuban pitcher defected in Mexico on Sunday. The official refused to disclose the route the defectors had taken before coming to Florida.",
    ],
  ])("no defection, or the adjunct hangs on another clause: %s", (text) => {
    expect(subjects(text).map(([, rule]) => rule)).not.toContain("subject/adjunct-verb");
    expect(subjects(text).length).toBeLessThanOrEqual(1);
  });
});

describe("subject/indefinite-national", () => {
  it.each([
    ["On June 13, a North Korean solder defected to South Korea through the border.", "a North Korean solder"],
    ["In 1961 an Albanian oboist defected during a concert tour of Austria.", "an Albanian oboist"],
  ])("%s", (text, description) => {
    expect(subjects(text)).toEqual([[description, "subject/indefinite-national"]]);
  });

  it.each([
    ["A Syrian colonel defected to Turkey on Monday. A Syrian fishing boat crossed into Turkish waters on Friday.", [["A Syrian colonel", "subject/indefinite"]]],
    ["A growing number of officials defected last year.", []],
    ["A manufacturing defect was found in the Korean cars.", []],
  ])("a weak verb, no nationality or no person: %s", (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });
});

describe("the verb group before a trigger", () => {
  it.each([
    ["The Bulgarian cellist has since defected to Austria.", "The Bulgarian cellist"],
    ["A Polish colonel had since sought asylum in the United States.", "A Polish colonel"],
  ])("\"since\" after \"has\" is an adverb of the verb: %s", (text, subject) => {
    expect(subjects(text).map(([found]) => found)).toEqual([subject]);
  });

  it("keeps \"since\" as the opener of an adjunct", () => {
    expect(subjects("Since defecting to Canada in 1978, the ballerina has danced in Toronto.").map(([found]) => found)).toEqual(["the ballerina"]);
  });
});

describe("an attempt whose \"to\" verb is the flight", () => {
  it.each([
    ["A North Korean fisherman was shot while trying to cross the Yalu into China in 2006.", "A North Korean fisherman"],
    ["The Cuban pitcher was caught in 2011 after attempting to defect in Monterrey.", "The Cuban pitcher"],
  ])("%s", (text, subject) => {
    expect(subjects(text).map(([found]) => found)).toEqual([subject]);
  });
});

describe("a person noun after an age or another hyphenated modifier", () => {
  it.each([
    ["The 17-year-old son of diplomat Pavel Orlov, a former naval attaché, defected to the United States.", "The 17-year-old son"],
    ["A 30-year-old Cuban nurse defected in La Paz last week.", "A 30-year-old Cuban nurse"],
  ])("%s", (text, subject) => {
    expect(subjects(text).map(([found]) => found)).toEqual([subject]);
  });
});

describe("a named subject's title in apposition", () => {
  const roles = (text: string) => extractDefections(text, { publishedAt: "2019-03-04" }).records.map((record) => record.role?.title ?? null);

  it.each([
    ["Anna Kovacs, a violinist with the state orchestra, defected in Vienna in May.", "violinist"],
    ["Anna Kovacs, 41, a violinist with the state orchestra, defected in Vienna in May.", "violinist"],
    ["Hamid Rezaei, 29, the team's goalkeeper, sought asylum in Germany last week.", "goalkeeper"],
  ])("%s", (text, title) => {
    expect(roles(text)).toEqual([title]);
  });

  it("a list after the name is no title of it", () => {
    expect(roles("Anna Kovacs, 41, her sister, a violinist and two dancers defected in Vienna in May.")).not.toContain("violinist");
  });
});

describe("a coordinated clause has its own subject", () => {
  it("and its own slots", () => {
    const found = extractDefections("Last year a senior diplomat in Kuwait defected, and in 2019 the acting envoy to Italy went into hiding.", { publishedAt: "2023-08-18" }).records;
    expect(found.map((record) => [record.origin?.name, record.timeframe?.text])).toEqual([
      ["Kuwait", "Last year"],
      ["Italy", "2019"],
    ]);
  });

  it("a date after \"and\" with no new subject stays in the clause", () => {
    const found = extractDefections("A Czech engineer defected in Vienna, and in May reached Munich.", { publishedAt: "2023-08-18" }).records;
    expect(found.map((record) => record.timeframe?.text)).toEqual(["May"]);
  });

  it.each([
    ["In May a Soviet sailor jumped ship in Oslo, and two dancers defected in Paris in June.", ["a Soviet sailor", "two dancers"]],
    ["The coach resigned in March, but his goalkeeper defected to Spain in April.", ["his goalkeeper"]],
  ])("%s", (text, expected) => {
    expect(subjects(text).map(([subject]) => subject)).toEqual(expected);
  });

  it.each([
    ["Ivan Petrov, Olga Sokolova, and Pavel Orlov defected to Finland in May.", "Ivan Petrov"],
    ["The sergeant reached the fence, and defected to the South at dawn.", "The sergeant"],
  ])("a list or a verb after \"and\" keeps the subject before it: %s", (text, first) => {
    expect(subjects(text)[0]?.[0]).toBe(first);
  });
});

describe("subject/owned-craft: a named owner's craft is not the owner", () => {
  it.each([
    ["President Kim Jong Un's armoured train crossed into Russia on Tuesday, officials in Pyongyang said."],
    ["Admiral Petrov's flagship sailed into the Bosphorus on Monday, after he defected."],
  ])("%s", (text) => {
    expect(subjects(text).map(([, rule]) => rule)).not.toContain("subject/named");
  });

  it("a named owner's family is still people", () => {
    expect(subjects("Thae Yong-ho's wife fled to Seoul in July.").map(([subject]) => subject)).toEqual(["Thae Yong-ho's wife"]);
  });
});

describe("a group word and its number with no people noun after it", () => {
  const counts = (text: string) => extractDefections(text, { publishedAt: "2019-03-04" }).records.map((record) => [record.person.description, record.count]);

  it.each([
    ["In May a family of nine from North Korea crossed the western sea border.", [["a family of nine", 9]]],
    ["A party of 12 North Koreans reached Seoul via Laos last week.", [["A party of 12 North Koreans", 12]]],
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe("subject/coordinated-name: a name coordinated with a named subject is a second person", () => {
  it.each([
    ["Capt. Ivan Orlov and Lt. Pavel Sokolov fled to Finland on Sunday.", ["Ivan Orlov", "Pavel Sokolov"]],
    ["Ana Diaz, Rosa Perez and Lucia Gomez have defected in Toronto.", ["Ana Diaz", "Rosa Perez", "Lucia Gomez"]],
  ])("%s", (text, names) => {
    expect(subjects(text).map(([subject]) => subject)).toEqual(names);
  });

  it.each([
    ["Ivan Orlov and his wife defected to Finland on Sunday.", ["Ivan Orlov"]],
    ["Ivan Orlov, who met Pavel Sokolov in Riga, defected to Finland on Sunday.", ["Ivan Orlov"]],
    ["Two swimmers, Ana Diaz and Rosa Perez, left the team hotel and sought asylum in Glasgow.", ["Two swimmers"]],
  ])("family, a clause or a group's members are not: %s", (text, names) => {
    expect(subjects(text).map(([subject]) => subject)).toEqual(names);
  });
});
