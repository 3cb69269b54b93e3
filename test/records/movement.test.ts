// Origins and destinations by the frame each place stands in: a post, a venue, a place left or of arrest is an origin;
// a place reached or headed for is a destination; a place someone was sent back to is neither.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";
import { narrowerPlace, placeOutranks } from "../../src/records/movement.js";

const only = (text: string) => {
  const { records } = extractDefections(text, { publishedAt: "2016-10-12" });
  expect(records).toHaveLength(1);
  return records[0]!;
};
const placeOf = (place: { name: string; country: string | null } | null) => (place ? [place.name, place.country] : null);

describe("origin: where the person was posted, based, competing or held", () => {
  it.each([
    ["A Cuban doctor working in Caracas defected across the border into Colombia last month.", ["Caracas", "VE"]],
    ["Lt. Ivan Petrov, a Soviet pilot stationed near Vladivostok, defected to Japan in 1976.", ["Vladivostok", "RU"]],
    ["The senior official, who was based in Dandong, defected to South Korea via Thailand.", ["Dandong", "CN"]],
    ["A Belarusian sprinter competing at the Olympics in Tokyo defected to Poland on Wednesday.", ["Tokyo", "JP"]],
    ["Two Iranian chess players who were playing in a tournament in Moscow defected to Germany.", ["Moscow", "RU"]],
    ["An Eritrean footballer defected while playing at a tournament in Nairobi.", ["Nairobi", "KE"]],
    ["Yuri Nosenko, a KGB officer, defected in Geneva while attending disarmament talks in 1964.", ["Geneva", "CH"]],
    ["The Polish ambassador to Japan defected in December.", ["Japan", "JP"]],
    ["The ambassador of Hungary to Argentina defected in December.", ["Argentina", "AR"]],
    ["The consul of Romania in Trieste sought asylum in Italy.", ["Trieste", "IT"]],
    ["The envoy of Romania to the United Nations in Geneva announced his defection on Monday.", ["Geneva", "CH"]],
    ["The mayor of Aleppo defected to Turkey on Tuesday.", ["Aleppo", "SY"]],
    ["Last month, the attorney-general of Syria’s northwestern province of Aleppo declared his defection.", ["Aleppo", "SY"]],
    ["The Chinese pilot took off from an air base near Shanghai and defected to Taiwan in his jet.", ["Shanghai", "CN"]],
    ["A North Korean soldier fled Kaesong and defected by swimming across the Han River.", ["Kaesong", "KP"]],
    ["The 12 waitresses defected to Seoul after escaping a restaurant in the Chinese port city of Ningbo.", ["Ningbo", "CN"]],
    ["Police said 12 North Korean defectors were arrested in Shenyang while trying to flee to South Korea.", ["Shenyang", "CN"]],
    ["Thai police on Friday arrested 19 North Korean defectors who had entered the country illegally in Chiang Rai province.", ["Chiang Rai province", "TH"]],
    // The post before the flight still counts when a later clause follows it.
    ["A Cuban nurse working in La Paz defected in March and now lives in Lima.", ["La Paz", "BO"]],
    ["Two soldiers who defected were arrested at the border in Hunchun on Tuesday.", ["Hunchun", "CN"]],
    ["Chinese police detained eight North Korean defectors in Shenyang last week as they headed for the South Korean consulate.", ["Shenyang", "CN"]],
    ["A North Korean man who defected sought refuge at the Japanese Embassy in Beijing.", ["Beijing", "CN"]],
    ["A North Korean man fled to the South Korean embassy in Beijing in 2002.", ["Beijing", "CN"]],
    ["A North Korean man fled to South Korea's embassy in Beijing in 2002.", ["Beijing", "CN"]],
    // A name ending in "s" takes the apostrophe alone.
    ["Nine North Korean defectors were arrested in Laos’ Oudomxay province on May 10.", ["Oudomxay province", "LA"]],
    ["A North Korean worker fled from a farm in the Philippines' Luzon region.", ["Luzon region", "PH"]],
    ["Two North Korean women sought asylum at the South Korean consulate in Shenyang.", ["Shenyang", "CN"]],
    ["The gymnast defected from her homeland in 1989.", ["her homeland", null]],
    ["The Romanian gymnast defected from her native country in 1989.", ["her native country", "RO"]],
    ["An official who defected from Africa last year reached Seoul in March.", ["Africa", null]],
    ["Twelve North Korean loggers defected to South Korea from Russia's Amur Province in September.", ["Amur Province", "RU"]],
    ["A captain who took off from eastern China's Zhejiang Province defected to Taiwan on Monday.", ["Zhejiang Province", "CN"]],
    ["Xu Lin, a diplomat in Washington, said he defected Wednesday night.", ["Washington", "US"]],
    ["Martina Navratilova, who defected to the United States in 1975 while playing the U.S. Open in New York, won nine titles.", ["New York", "US"]],
    ["The Czech tennis player defected during a tournament in Forest Hills, New York, in September 1975.", ["New York", "US"]],
    ["A Chinese diplomat, Chen Yonglin, sought political asylum in Australia after walking out of the consulate in Sydney in May 2005.", ["Sydney", "AU"]],
    ["A North Korean official defected during an official visit to Canada in March.", ["Canada", "CA"]],
    ["The violinist defected on a tour of Japan in 1985.", ["Japan", "JP"]],
    ["The soldier, who deserted his unit near Kaesong, crossed the demilitarized zone on Friday.", ["Kaesong", "KP"]],
    ["A diplomat sent to Beijing in 2010 defected last year.", ["Beijing", "CN"]],
    ["Rudolf Nureyev, the Kirov Ballet star who defected in Paris in 1961, died yesterday in a hospital near the city.", ["Paris", "FR"]],
    ["An archer who had qualified for the Olympic Games in Tokyo defected during the world championship in the Netherlands.", ["the Netherlands", "NL"]],
    // Where the main clause has the person after the flight is no origin; the place the flight names is.
    ["The Cuban nurse has lived in Miami since she defected from a medical mission in Caracas.", ["Caracas", "VE"]],
    ["An Eritrean cyclist is living in Rotterdam after he defected at a race in Belgium.", ["Belgium", "BE"]],
    ["The soldier was caught in Dandong after he defected.", ["Dandong", "CN"]],
    // Another state than the person's own is a place they defected from, not an allegiance.
    ["A North Korean diplomat defected to Seoul from Kuwait, travelling through Dubai.", ["Kuwait", "KW"]],
    ["A Cuban doctor defected from Venezuela to Colombia last year.", ["Venezuela", "VE"]],
    // Asylum asked of one's own state is asked on fleeing it.
    ["Two Syrian officers seeking asylum from Syria crossed into Turkey.", ["Syria", "SY"]],
    // China's provinces are places of their own.
    ["A Chinese pilot defected to Taiwan, flying his jet from Fujian province.", ["Fujian province", "CN"]],
    ["The Uyghur poet fled Xinjiang and sought asylum in Turkey.", ["Xinjiang", "CN"]],
  ])("%s", (text, origin) => {
    expect(placeOf(only(text).origin)).toEqual(origin);
  });
});

describe("no origin: a state one defects from, a place of a later verb", () => {
  it.each([
    "A former Polish ambassador who defected from Poland to the United States died on Saturday.",
    "A diplomat who defected from North Korea in 2016 now lives in Seoul.",
    "A North Korean soldier defected from North Korea to the South.",
    "The ambassador defected from Poland to the United States in 1981.",
    "The ambassador of Hungary defected to Austria in 1956.",
    "Nine young defectors who fled to Laos were handed over to North Korean officials and returned to Pyongyang.",
    "The daughter of the vice president defected after she crossed the Mexico border at Laredo, Texas, around Aug. 16.",
    "Speaking in Seoul on Monday, the defector said he had fled across the river.",
    "The pianist announced at a nightclub in Miami Beach that he had defected.",
    "The three officials defected after the summit in Hanoi.",
    "A Syrian general defected and fled to Turkey, joining dozens of other officers in a camp in Hatay province.",
    "In October 1953, three months after the truce that stopped the guns on the Korean peninsula, Lt. No Kum-sok defected by flying his MiG-15 to Kimpo Airfield in South Korea.",
    // A post in a coordinated clause after the flight is where they are since (origin/posting).
    "The son of a Venezuelan general defected last year and works in Madrid.",
    "A Belarusian discus thrower defected in 2021 and is now living in Warsaw.",
    "The Soviet chess master defected in 1976 and later played for clubs in Amsterdam.",
    "The Chinese swimmer has lived in Sydney since she defected in 1991.",
    "The Cuban pitcher played in Mexico after he defected in 2013.",
    "A diplomat who defected from North Korea in 2016 is now living in Seoul.",
    "The diplomat was questioned in Moscow after he defected.",
    "The Soviet sailor requested political asylum from the United States on Friday.",
    "The soldier defected on Friday, said Kim Hyun-hee, a defector now living in Seoul.",
  ])("%s", (text) => {
    expect(only(text).origin).toBeNull();
  });
});

describe("destination: where the person went, landed or asked to stay", () => {
  it.each([
    ["A Belarusian sprinter competing at the Olympics in Tokyo defected to Poland on Wednesday.", ["Poland", "PL"]],
    ["The Soviet pilot defected by flying to Japan, where he asked for asylum in the United States.", ["Japan", "JP"]],
    ["A Soviet pilot defected on Saturday and asked for asylum in the United States immediately after landing at Trabzon airport.", ["Trabzon", "TR"]],
    ["The defector crossed into China and then onward to Thailand before reaching South Korea.", ["South Korea", "KR"]],
    ["An official who defected from Africa last year reached Seoul in March.", ["Seoul", "KR"]],
    ["Nine young defectors who fled to Laos were handed over to North Korean officials and returned to Pyongyang.", ["Laos", "LA"]],
    ["A sailor who defected in New Orleans asked for asylum in the United States.", ["the United States", "US"]],
    ["The cellist defected to the West and was granted asylum in Austria.", ["Austria", "AT"]],
    ["In October 1953, Lt. No Kum-sok defected by flying his MiG-15 to Kimpo Airfield in South Korea.", ["South Korea", "KR"]],
    ["A North Korean woman defected by walking to a village in China before dawn.", ["China", "CN"]],
    ["The saxophonist announced at a nightclub in Miami Beach that he will seek political asylum here.", ["Miami Beach", "US"]],
    // A city's facility stands where the city is.
    ["A Soviet pilot flew his MiG-25 to Japan and landed at Hakodate's civilian airport in 1976.", ["Hakodate", "JP"]],
    ["The Polish crew defected to Sweden and docked at Stockholm's main harbour on Sunday.", ["Stockholm", "SE"]],
    // The flight told in an "after" or "since" clause: the main clause has the person where they went.
    ["The Cuban nurse has lived in Miami since she defected from a medical mission in Caracas.", ["Miami", "US"]],
    ["An Eritrean cyclist is living in Rotterdam after he defected at a race in Belgium.", ["Rotterdam", "NL"]],
    ["The Romanian gymnast stayed in Vienna after she defected in 1984.", ["Vienna", "AT"]],
    ["The diplomat was seen in Bangkok after he defected.", ["Bangkok", "TH"]],
    // Every refuge in the clause is where they ran, not where they went.
    ["In 2004, one North Korean man fled to the South Korean Consulate General and another to the U.S. Consulate General in Vladivostok and made it to the South.", ["the South", "KR"]],
    // Cold War states.
    ["An East German border guard defected to West Germany in 1961.", ["West Germany", "DE"]],
    ["A Yugoslav diplomat defected to West Berlin in 1975.", ["West Berlin", "DE"]],
    // Where the person has lived since the flight, told in their own later clause, is where they went.
    ["A Belarusian discus thrower defected in 2021 and is now living in Warsaw.", ["Warsaw", "PL"]],
    ["A diplomat who defected from North Korea in 2016 now lives in Seoul.", ["Seoul", "KR"]],
    ["The ballerina defected in 1974 and lived in New York until her death.", ["New York", "US"]],
    ["A Cuban nurse working in La Paz defected in March and now lives in Lima.", ["Lima", "PE"]],
    ["A Russian officer who defected is now in Lithuania, officials said.", ["Lithuania", "LT"]],
    // The state asked for asylum takes the person in.
    ["The Soviet sailor requested political asylum from the United States on Friday.", ["the United States", "US"]],
    ["A Chinese student asked for asylum from Britain after the crackdown.", ["Britain", "GB"]],
  ])("%s", (text, destination) => {
    expect(placeOf(only(text).destination)).toEqual(destination);
  });
});

describe("no destination: a place sent back to, a post, a venue, a refuge's city", () => {
  it.each([
    "The two fishermen who defected last week were repatriated to North Korea on Friday.",
    "Two defectors caught in Laos were sent back to North Korea via China.",
    "The Polish ambassador to Japan defected in December.",
    "A member of the national side defected at the end of the World Championship in Hamburg, Germany.",
    "A North Korean man who defected sought refuge at the Japanese Embassy in Beijing.",
    // The receiving state's own mission is a refuge like any other.
    "A North Korean man fled to the South Korean embassy in Beijing in 2002.",
    "A North Korean man fled to South Korea's embassy in Beijing in 2002.",
    "A Soviet diplomat fled to the Netherlands' embassy in Moscow in 1983.",
    "Police said 12 North Korean defectors were arrested in Shenyang while trying to flee.",
    "A North Korean official defected during an official visit to Canada in March.",
    "Four North Koreans defected and fled to the U.S. Consulate General in Vladivostok, where they asked for asylum.",
    "Thai police on Friday arrested 19 North Korean defectors who had entered the country illegally in Chiang Rai province.",
    // Someone else's home, or a source's, is not where the defector went.
    "The Cuban pilot defected in 1991 and said his family still lives in Havana.",
    "A Cuban boxer defected in Mexico in 2012, and his brother now lives in Miami.",
    "A diplomat who defected in 2016 told reporters that his mother lives in Pyongyang.",
    "The soldier defected on Friday, said Kim Hyun-hee, a defector now living in Seoul.",
    "The Russian officer defected in August and his wife is now in Moscow.",
    // What was done to them after the flight does not say where they went.
    "The diplomat was questioned in Moscow after he defected.",
    "The soldier was sentenced in Pyongyang after he defected.",
    // Held after the flight, or posted before it: not where they went.
    "The soldier was caught in Dandong after he defected.",
    "The Soviet defector was imprisoned in Helsinki after he fled across the border.",
    "A Soviet engineer who worked in Murmansk before he defected was questioned by the KGB.",
    // A possessed thing that is no place: the city names whose army it is.
    "A North Korean soldier defected to South Korea’s army in 1996.",
  ])("%s", (text) => {
    expect(only(text).destination).toBeNull();
  });
});

describe("which of two places of one event says more", () => {
  it.each([
    ["landed at Trabzon over asylum in the United States", "destination/reached", "destination/arrival-place", true],
    ["a flight to Turkey, where he asked asylum, over asylum in the United States", "destination/where-clause", "destination/arrival-place", true],
    ["defected to Seoul over asylum in South Korea", "destination/toward", "destination/arrival-place", true],
    ["asylum in the United States over landed at Trabzon", "destination/arrival-place", "destination/reached", false],
    ["ambassador to Japan over defected from a Chinese-speaking country", "origin/posting", "origin/from", true],
    ["fled Kaesong over the embassy's city", "origin/from", "origin/organisation-host", true],
    ["a descriptive sentence's host over a post", "origin/descriptive-sentence-host", "origin/posting", false],
    ["one post over another", "origin/posting", "origin/event-venue", false],
  ])("%s", (_case, candidate, current, expected) => {
    expect(placeOutranks(candidate, current)).toBe(expected);
  });
});

describe("a narrower place in the same country says more, whichever rule read it", () => {
  const seoul = { name: "Seoul", country: "KR", kind: "city" } as const;
  const southKorea = { name: "South Korea", country: "KR", kind: "country" } as const;
  const gangwon = { name: "Gangwon Province", country: "KR", kind: "region" } as const;
  const bangkok = { name: "Bangkok", country: "TH", kind: "city" } as const;
  const africa = { name: "Africa", country: null, kind: "region" } as const;
  const unnamed = { name: "an African country", country: null, kind: "country" } as const;
  it.each([
    ["a city over its country", seoul, southKorea, true],
    ["a region over its country", gangwon, southKorea, true],
    ["a city over its region", seoul, gangwon, true],
    ["not a country over its city", southKorea, seoul, false],
    ["not a city of another country", bangkok, southKorea, false],
    ["not a place of no known country", africa, unnamed, false],
    ["not one city over another", seoul, seoul, false],
  ])("%s", (_case, candidate, current, expected) => {
    expect(narrowerPlace(candidate, current)).toBe(expected);
  });

  const places = (text: string) => {
    const { records } = extractDefections(text, { publishedAt: "2016-10-12" });
    expect(records).toHaveLength(1);
    return [placeOf(records[0]!.origin), placeOf(records[0]!.destination)];
  };
  it.each([
    // "reached" outranks "to", but the capital says more than the country.
    ["Ri Song-chol, a North Korean counsellor, defected to Seoul last month. Ri reached South Korea on a flight from Bangkok on Tuesday.", ["Seoul", "KR"]],
    ["Anna Kovacs, a Hungarian fencer, defected to Austria in 1956. Kovacs arrived in Vienna by train two days later.", ["Vienna", "AT"]],
    // Another country is no narrowing: the surer reading stands.
    ["Ri Song-chol, a North Korean counsellor, defected to Bangkok last month. Ri reached South Korea on a flight on Tuesday.", ["South Korea", "KR"]],
  ])("%s", (text, destination) => {
    expect(places(text)[1]).toEqual(destination);
  });
});
