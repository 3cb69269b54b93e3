// Trigger words and their frames: what counts as a defection verb, noun or agent, and what only looks like one.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findTriggers, hasDefectionCue, isUsable } from "../../src/events/index.js";
import { analysed } from "../helpers/sentences.js";

const usable = (text: string) =>
  findTriggers(analysed(text), builtInKnowledge).filter(isUsable);

describe("defection triggers", () => {
  it.each([
    ["A senior official at North Korea's spy agency defected to South Korea last year.", "defected", "verb"],
    ["Kim Chol-song is also known to have escaped to Seoul in late July.", "escaped", "verb"],
    ["A senior official of the bank absconded in Russia last year.", "absconded", "verb"],
    ["The Russian pilot fled to Ukraine with his helicopter in August.", "fled", "verb"],
    ["The diplomat sought asylum in the United States after leaving his post.", "sought asylum", "verb"],
    ["The soldier deserted his unit and crossed the border into China.", "deserted", "verb"],
    ["The engineer decided to defect while attending a conference in Vienna.", "defect", "verb"],
    ["The dancer broke away from his escorts and asked French police for asylum.", "asked French police for asylum", "verb"],
    ["The chess player had asked the Dutch authorities for political asylum.", "asked the Dutch authorities for political asylum", "verb"],
    ["Thae Yong-ho's high-profile defection to South Korea angered Pyongyang.", "defection", "noun"],
    ["The group said 15 North Korean defectors were arrested in Kunming.", "defectors", "agent"],
  ])("%s", (sentence, word, form) => {
    const triggers = usable(sentence);
    expect(triggers.map((trigger) => [trigger.text, trigger.form])).toContainEqual([word, form]);
  });

  it.each([
    ["The boy escaped injury when the roof collapsed."],
    ["The suspect fled the scene before officers arrived."],
    ["Villagers fled the floods in Hamgyong province last week."],
    ["Thousands fled the typhoon in Okinawa on Monday."],
    ["Residents fled the fighting as shells fell on the town."],
    ["He narrowly escaped a fine for speeding."],
    ["The caravan crossed the desert at night."],
    ["The treasurer absconded with the club's funds."],
    ["The carmaker recalled 40,000 vehicles over defects in the braking system."],
  ])("no cross-border frame or not a verb, no trigger: %s", (sentence) => {
    expect(usable(sentence)).toEqual([]);
  });
});

describe("a form with a gap takes one to three words, not a clause", () => {
  it.each([["The minister asked voters to back tougher asylum rules."], ["The charity asked donors for money, asylum seekers said."]])("%s", (sentence) => {
    expect(usable(sentence).map((trigger) => trigger.rule)).not.toContain("trigger/seek-asylum");
  });
});

describe("look-alike events, hedges and negation", () => {
  it.each([
    ["The MP defected to the Conservative Party on Tuesday.", "lookalike/party-switch"],
    ["Three councillors defected from Labour and the Greens to the Liberal Democrats.", "lookalike/party-switch"],
    ["Two lawmakers defected from the ruling coalition over the budget.", "lookalike/party-switch"],
    ["Zika has been linked to birth defects in newborns.", "lookalike/product-defect"],
    ["He was executed for trying to defect to the South.", "lookalike/purge-for-defection"],
    ["Officials feared the envoy would defect during the summit.", "lookalike/hypothetical"],
    ["The regime offers incentives to defect to no one.", "lookalike/hypothetical"],
    ["Seoul wants the envoy to defect before the summit.", "lookalike/hypothetical"],
    ["Two pastors were jailed for helping Chinese dissidents in a bid to reach Hong Kong.", "lookalike/helper"],
    ["A smuggler guided the family across the river to enter Thailand.", "lookalike/helper"],
    ["The pilot wants to flee to Japan.", "lookalike/hypothetical"],
    ["He had wanted to defect for years.", "lookalike/hypothetical"],
  ])("%s", (sentence, rule) => {
    const triggers = findTriggers(analysed(sentence), builtInKnowledge);
    expect(triggers.length).toBeGreaterThan(0);
    expect(triggers.every((trigger) => trigger.lookalike === rule)).toBe(true);
  });

  it.each([
    ["Two pilots defected from the junta and joined opposition forces across the border."],
    ["A colonel defected from the army and then commanded an opposition brigade."],
    ["Rescued at sea, the two fishermen want to defect to the South."],
  ])("a party word after the defection or a wish the defectors voice is no look-alike: %s", (sentence) => {
    const triggers = findTriggers(analysed(sentence), builtInKnowledge);
    expect(triggers.length).toBeGreaterThan(0);
    expect(triggers.some((trigger) => trigger.lookalike === null)).toBe(true);
  });

  it.each([
    ["The ambassador did not defect, the ministry insisted."],
    ["She has never defected, her family said."],
    ["The embassy denied that the diplomat had defected."],
  ])("negated: %s", (sentence) => {
    const triggers = findTriggers(analysed(sentence), builtInKnowledge);
    expect(triggers.length).toBeGreaterThan(0);
    expect(triggers.every((trigger) => trigger.negation === "lookalike/negation")).toBe(true);
  });

  it.each([
    ["They were trying to flee to South Korea, but were arrested by Chinese police.", "arrested"],
    ["The family tried to flee to Thailand but turned back.", "attempted"],
    ["The nine defectors were forcibly repatriated to North Korea after fleeing to Laos.", "repatriated"],
    ["Bangkok deported the two monks who had fled across the Mekong.", "repatriated"],
    ["Weeks after the sailors jumped ship in Rotterdam, the Dutch sent them back.", "repatriated"],
    ["The port authority deported cargo worth millions after the crew fled to Ghana.", "defected"],
    ["The diplomat defected to Seoul in May.", "defected"],
    ["A clerk who planned to flee to Macau was arrested at the ferry terminal.", "arrested"],
  ])("status: %s", (sentence, status) => {
    const triggers = findTriggers(analysed(sentence), builtInKnowledge).filter((trigger) => trigger.lookalike === null);
    expect(triggers[0]?.status).toBe(status);
  });
});

describe("the cheap cue gate", () => {
  it.each([
    ["Stocks rose on Tuesday as investors cheered the earnings season.", false],
    ["The striker escaped a red card after the foul.", false],
    ["A North Korean diplomat defected last month.", true],
    ["He fled North Korea in 2019 and now lives in Seoul.", true],
    ["Thousands of defectors live in Seoul.", true],
    ["The national coach and two players sought asylum in Canada.", true],
    ["The striker escaped with a booking.", false],
    ["A soldier crossed into Pyongyang's side of the truce village.", true],
  ])("%s -> %s", (text, expected) => {
    expect(hasDefectionCue(text, builtInKnowledge)).toBe(expected);
  });
});

describe("weak trigger words and the frames they need", () => {
  it.each([
    ["The private crossed the military demarcation line at dawn.", "crossed"],
    ["A fisherman swam across the Tumen River in 2011.", "swam"],
    ["The sergeant walked across the border into the South.", "walked across"],
    ["Two sailors jumped ship in Vancouver and asked for help.", "jumped ship"],
    ["The major flew his MiG-21 to an air base in Japan.", "flew"],
    ["The captain commandeered a helicopter and landed it across the border.", "commandeered"],
    ["The group reached Thailand after a month on the road.", "reached"],
    ["Four swimmers went missing in Glasgow during the Games.", "went missing"],
    ["The goalkeeper disappeared from the team hotel in Nairobi.", "disappeared"],
    ["In 2013 a diplomat posted in Lagos vanished with his wife and son.", "vanished"],
    ["The envoy went into hiding in Rome in November.", "went into hiding"],
    ["The Libyan pilot landed at an airfield outside Valletta and asked for asylum.", "landed at"],
    ["The conductor refused to return home after the tour.", "refused to return"],
    ["Half the troupe stayed behind in Toronto.", "stayed behind"],
    ["After the final, the sprinter was unwilling to return to Minsk.", "unwilling to return"],
    ["The judoka took refuge in Germany after the world championships.", "took refuge"],
    ["A farmer crossed the eastern section of the military demarcation line before dawn.", "crossed"],
    ["The conscript slipped across the northern stretch of the frontier at night.", "slipped across"],
    ["The cosmonaut flew his Su-27 across the gulf to Alaska.", "flew"],
    ["Two privates walked across the eastern front into the South.", "walked across"],
    ["The conscript sprinted across the border at dawn.", "sprinted across"],
    ["A border guard climbed over the Berlin Wall on Friday night.", "climbed over"],
    ["Two border guards drove an armoured truck across the bridge into Austria.", "drove"],
    ["Three guardsmen drove armoured vehicles through the barriers into Cucuta.", "drove"],
    ["The colonel landed his helicopter at a farm in Turkey.", "landed"],
    ["The attaché walked out of the embassy in Canberra with his family.", "walked out of"],
    ["The four dancers slipped out of their hotel in Montreal before dawn.", "slipped out of"],
    ["Two wrestlers who were training in Austria have gone missing, a coach said.", "gone missing"],
    ["The cellist went missing.", "went missing"],
    ["The acting ambassador went into hiding in 2019.", "went into hiding"],
    ["The goalkeeper went missing on Friday.", "went missing"],
    ["Five men were spotted in a wooden boat off Okinawa on Sunday.", "spotted in a wooden boat"],
    ["Two fishermen were found adrift near the maritime border.", "found adrift"],
  ])("%s", (sentence, word) => {
    expect(usable(sentence).map((trigger) => trigger.text)).toContain(word);
  });

  it.each([
    ["Shoppers crossed the street to avoid the protest."],
    ["She swam 200 metres in the morning heat."],
    ["The senator flew home to his constituency on Friday."],
    ["The negotiators reached an agreement after midnight."],
    ["He entered politics in the 1990s."],
    ["The caretaker refused to return the keys."],
    ["The kids stayed behind the fence."],
    ["The idea crossed the minds of several members of the council."],
    ["The cashier disappeared with the money from the safe."],
    ["The thief stole a car and drove it to Leeds."],
    ["Several of the minister's aides have disappeared, believed executed."],
    ["The pilot went missing in action over the gulf."],
    ["A fisheries official who went missing near the maritime border was shot dead."],
    ["A whale was spotted in a fjord on Sunday."],
    ["The farmer walked across the field in January."],
    ["The toddler climbed over the sofa on Sunday."],
    ["The gang hijacked a bus to Marseille."],
    ["She drove the children to school in Dundee."],
    ["The pilot landed the plane safely on the runway."],
    ["Delegates walked out of the meeting in protest."],
  ])("no frame, no trigger: %s", (sentence) => {
    expect(usable(sentence)).toEqual([]);
  });

  it.each([
    ["Her grandfather won the Victoria Cross This summer at a ceremony in London."],
    ["Volunteers from the Red Cross into the valley brought blankets."],
    ["Tanks of the Afrika Korps rolled across the Western Desert toward Egypt."],
  ])("a capitalised word ending a name is no trigger: %s", (sentence) => {
    expect(usable(sentence)).toEqual([]);
  });

  it.each([
    ["Two North Korean Soldiers Cross Into South Korea", "Cross"],
    ["Soviet Sailor Deserts Ship In Vancouver", "Deserts"],
  ])("a title-cased headline keeps its verb: %s", (sentence, word) => {
    expect(usable(sentence).map((trigger) => trigger.text)).toContain(word);
  });

  it.each([
    ["My aunt had come to stay with us for a week, and then she went back to Cardiff."],
    ["The twins came to love the farm, though they later moved to Ontario."],
    ["The sailor was admitted to hospital after a fall near Busan."],
    ["The sailor's son was admitted to Seoul National University in 2012."],
    ["Her mother came to St Mary's Hospital for the operation."],
    ["When the talks arrived at an impasse, both delegations left for Geneva."],
  ])("a form with its own preposition takes no place further on: %s", (sentence) => {
    expect(usable(sentence)).toEqual([]);
  });

  it.each([
    ["The fishermen came to South Korea in a wooden boat.", "came to"],
    ["Three sailors arrived in the South on Tuesday.", "arrived in"],
    ["The family made their way to a border town in Jilin.", "made their way to"],
    ["The two boatmen were admitted to South Korea after questioning.", "admitted to"],
  ])("a form with its own preposition keeps the place after it: %s", (sentence, word) => {
    expect(usable(sentence).map((trigger) => trigger.text)).toContain(word);
  });
});
