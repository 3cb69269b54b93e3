// Turns each trigger with a specific subject into a draft record, filled from its clause; the rest are rejected with
// the rule that turned them down.
import type { RejectionReason } from "../contract.js";
import { isUsable } from "../events/index.js";
import type { Source, Trigger } from "../types.js";
import grammar from "../data/grammar.json";
import { DEFECTION_WORD_CONTEXT } from "../events/index.js";
import { absorb } from "./absorb.js";
import { fromMention, mentionsOf, roleCategory, tokenAt, type Draft, type PersonMention, type RoleMention, type SentenceView } from "./draft.js";
import { bare, HEDGES, isReportingVerb } from "./grammar.js";
import { readSlots } from "./slots.js";
import { coordinatedNames, findSubject, isVague, listedSubjects, NO_SUBJECT_RULE, titledNameStart, type Subject } from "./subjects.js";

/** A trigger that became no record, with why. */
export interface Rejection {
  trigger: Trigger;
  reason: RejectionReason;
  rule: string;
}

/** Rule ids of the field choices made here. */
const DRAFT_RULES = {
  appositiveName: "subject/appositive-name",
  subjectRole: "role/subject-phrase",
  copulaRole: "role/copula",
  roleAfterAs: "role/after-as",
  oneCount: "count/one-person",
  groupCount: "count/group-number",
  partitiveOne: "subject/partitive-one",
  joinedMember: "count/joined-member",
  receivedInHaven: "status/received-in-haven",
} as const;

/** Who can be the subject of a weak trigger, and whose flight is no defection. */
const FIT_RULES = {
  noContext: "lookalike/no-defection-context",
  refugee: "lookalike/refugee",
  officialVisit: "lookalike/official-visit",
  leaderAbsence: "lookalike/leader-absence",
} as const;

/** A defector in a state's service: a weak word counts for them even in an article that never says "defect". */
const STATE_SERVICE: ReadonlySet<string> = new Set(grammar.stateServiceCategories);
const MIGRANT_NOUNS: ReadonlySet<string> = new Set(grammar.migrantNouns);
const LEADER_TITLES: ReadonlySet<string> = new Set(grammar.leaderTitles);

/**
 * Drafts for every usable trigger of every sentence, in text order, and the triggers that became none.
 * `defectionContext` says why weak words count in this article; when null, only a defector in a state's service does.
 */
export function draftRecords(views: readonly SentenceView[], defectionContext: string | null, haven: string | null): { drafts: Draft[]; rejections: Rejection[] } {
  const drafts: Draft[] = [];
  const rejections: Rejection[] = [];
  views.forEach((view, position) => {
    const claimed = new Map<number, Draft>();
    const subjects: Subject[] = [];
    for (const trigger of view.triggers) {
      const turnedDown = rejectionOf(trigger);
      if (turnedDown) {
        rejections.push(turnedDown);
        continue;
      }
      const subject = findSubject(view, trigger);
      const listed = subject === null || isVague(subject) ? listedSubjects(view, trigger) : [];
      if (listed.length > 0) {
        for (const member of listed) drafts.push(draftFrom(view, trigger, member));
        continue;
      }
      if (subject === null || isVague(subject)) {
        rejections.push({ trigger, reason: subject ? "vague-plural" : "no-subject", rule: subject ? subject.vague : NO_SUBJECT_RULE });
        continue;
      }
      const draft = draftFrom(view, trigger, subject);
      const unfit = unfitSubject(view, trigger, subject, draft, defectionContext);
      if (unfit) {
        rejections.push({ trigger, reason: "lookalike", rule: unfit });
        continue;
      }
      const earlier = claimed.get(subject.start);
      if (earlier) {
        absorb(earlier, draft);
        continue;
      }
      claimed.set(subject.start, draft);
      subjects.push(subject);
      drafts.push(draft);
      for (const partner of coordinatedNames(view, subject, trigger)) {
        if (claimed.has(partner.start)) continue;
        const joined = draftFrom(view, trigger, partner);
        claimed.set(partner.start, joined);
        subjects.push(partner);
        drafts.push(joined);
      }
    }
    drafts.push(...partitiveDrafts(view, views[position - 1], subjects, claimed));
  });
  if (haven !== null) {
    const viewAt = new Map(views.map((view) => [view.sentence.index, view]));
    for (const draft of drafts) receiveInHaven(draft, viewAt.get(draft.sentence), haven);
  }
  return { drafts, rejections };
}

/**
 * "A North Korean man was detained after crossing the border into the South": held by the state the article's
 * people flee to, once across, is how a defector is received there, not an arrest; an attempt ("was caught trying to
 * cross into the South") stays one.
 */
function receiveInHaven(draft: Draft, view: SentenceView | undefined, haven: string): void {
  if (!view || draft.status !== "arrested" || draft.destination?.country !== haven) return;
  const before = draft.trigger.start - view.sentence.start;
  if (ATTEMPT_BEFORE.test(view.sentence.text.slice(Math.max(0, before - ATTEMPT_REACH), before))) return;
  draft.status = "defected";
  draft.sources.status = { rule: DRAFT_RULES.receivedInHaven, start: draft.trigger.start, end: draft.trigger.end };
}

/** Characters before the trigger an attempt's words are looked for in: "was caught while trying to". */
const ATTEMPT_REACH = 40;
const ATTEMPT_BEFORE = /\b(?:trying|attempting|tried|attempted|seeking|sought|planning|planned|preparing|intending|intended)\s+to\s+$/i;

/**
 * Why this subject's flight is no defection, or null: with no defection context only a state servant's weak word counts;
 * migrants and refugees flee, they do not defect, unless the article is about a place whose people leaving is defection
 * news; a head of state or government who arrives somewhere is visiting, and one who goes missing or into hiding is
 * out of sight, not defecting (one who flees may be defecting: "the prime minister fled to Jordan").
 */
function unfitSubject(view: SentenceView, trigger: Trigger, subject: Subject, draft: Draft, defectionContext: string | null): string | null {
  const title = draft.role?.title.toLowerCase() ?? "";
  const leader = trigger.weak && [...LEADER_TITLES].some((word) => title === word || title.endsWith(` ${word}`));
  if (leader && trigger.arrival) return FIT_RULES.officialVisit;
  if (leader && trigger.contextual) return FIT_RULES.leaderAbsence;
  if (!trigger.weak && trigger.arrival === false) return null;
  if (defectionContext === null) return !trigger.contextual && STATE_SERVICE.has(roleCategory(draft)) ? null : FIT_RULES.noContext;
  return defectionContext === DEFECTION_WORD_CONTEXT && MIGRANT_NOUNS.has(subjectHead(view, subject)) ? FIT_RULES.refugee : null;
}

/** The head word of a subject phrase, before any "of": "A family of six" -> "family", "Syrian refugees" -> "refugees". */
function subjectHead(view: SentenceView, subject: Subject): string {
  const words = view.sentence.tokens.filter((token) => token.start >= subject.start && token.end <= subject.end).map(bare);
  const of = words.indexOf("of");
  return (of > 0 ? words.slice(0, of) : words).at(-1) ?? "";
}

function rejectionOf(trigger: Trigger): Rejection | null {
  if (trigger.lookalike !== null) return { trigger, reason: trigger.hedge ? "hedge" : "lookalike", rule: trigger.lookalike };
  if (trigger.negation !== null) return { trigger, reason: "negation", rule: trigger.negation };
  return null;
}

function draftFrom(view: SentenceView, trigger: Trigger, subject: Subject): Draft {
  const slots = readSlots(view, trigger, subject);
  const text = view.sentence.text;
  const appositive = subject.person ? null : appositiveName(view, subject, trigger);
  const person = subject.person ?? appositive;
  const sources: Draft["sources"] = { ...slots.sources };
  sources.person = appositive ? fromMention(DRAFT_RULES.appositiveName, appositive) : { rule: subject.rule, start: subject.start, end: subject.end };
  const role = pickRole(view, subject);
  if (role) sources.role = fromMention(role.rule, role.mention);
  if (subject.count !== null) {
    sources.count = { rule: subject.count === 1 ? DRAFT_RULES.oneCount : DRAFT_RULES.groupCount, start: subject.start, end: subject.end };
  }
  sources.status = trigger.statusSource;
  return {
    introduction: subject.introduction,
    name: person?.name ?? null,
    key: person?.key ?? null,
    description: subject.person ? null : text.slice(subject.start - view.sentence.start, subject.end - view.sentence.start),
    role: role?.mention ?? null,
    organisation: slots.organisation,
    origin: slots.origin,
    destination: slots.destination,
    timeframe: slots.timeframe,
    count: subject.count,
    fellowTravellers: subject.count === null ? null : slots.fellowTravellers,
    companions: slots.companions,
    status: trigger.status,
    evidence: new Set([view.sentence.index]),
    sentence: view.sentence.index,
    hedged: view.sentence.tokens.some((token) => HEDGES.has(bare(token)) && token.start < trigger.start),
    trigger: { rule: trigger.rule, start: trigger.start, end: trigger.end },
    sources,
  };
}

/** The subject's own title, else the one after a copula, else (for a named person) the post after "as". */
function pickRole(view: SentenceView, subject: Subject): { mention: NonNullable<Draft["role"]>; rule: string } | null {
  if (subject.role) return { mention: subject.role, rule: DRAFT_RULES.subjectRole };
  const copula = copulaRole(view, subject);
  if (copula) return { mention: copula, rule: DRAFT_RULES.copulaRole };
  const afterAs = subject.person ? roleAfterAs(view) : null;
  return afterAs ? { mention: afterAs, rule: DRAFT_RULES.roleAfterAs } : null;
}

/**
 * "A Chinese diplomat based in Sydney, Chen Yonglin, sought asylum", "A senior officer, Col. Ivan Petrov, fled": a
 * name set off by commas before the verb, with the title written on it.
 */
function appositiveName(view: SentenceView, subject: Subject, trigger: Trigger): PersonMention | null {
  if (subject.role === null || subject.count !== 1) return null;
  const text = view.sentence.text;
  const offset = view.sentence.start;
  return (
    mentionsOf(view, "person").find(
      (person) =>
        !person.partial &&
        ((person.start > subject.end &&
          person.end < trigger.start &&
          /,\s*$/.test(text.slice(0, titledNameStart(view, person) - offset)) &&
          /^\s*,/.test(text.slice(person.end - offset))) ||
          // "The other ambassador to defect was Romuald Spasowski": the defector is named after the copula.
          (trigger.start > subject.end && trigger.end < person.start && NAMED_AFTER_COPULA.test(text.slice(subject.end - offset, person.start - offset)))),
    ) ?? null
  );
}

const NAMED_AFTER_COPULA = /^\s+(?:to|who)\s+(?:[\w'’-]+\s+){1,4}(?:was|is)\s+$/i;

/** "Thae Yong-ho, who defected in 2016 while serving as deputy ambassador in London": a named person's post. */
function roleAfterAs(view: SentenceView): Draft["role"] {
  const text = view.sentence.text;
  return mentionsOf(view, "role").find((role) => /\bas\s+(?:an?\s+|the\s+|its\s+)?$/i.test(text.slice(0, role.start - view.sentence.start))) ?? null;
}

/** "One of the defectors was a member of the General Bureau": the role after the copula. */
function copulaRole(view: SentenceView, subject: Subject): Draft["role"] {
  const rest = view.sentence.text.slice(subject.end - view.sentence.start);
  const copula = /^\s+(?:was|is|were|had been|has been)\s+(?:a|an|the|one)\s+/i.exec(rest);
  if (!copula) return null;
  const at = subject.end + copula[0].length;
  return mentionsOf(view, "role").find((role) => role.start >= at && role.start - at <= 20) ?? null;
}

/** "with one ministry official saying", "one official said": the one singled out is a source, not a defector. */
function speaks(view: SentenceView, role: RoleMention): boolean {
  const next = tokenAt(view, role.end);
  return [next, next + 1].some((index) => isReportingVerb(view.sentence.tokens[index]));
}

/**
 * "Most of the defectors are diplomats ... and one high-ranking officer of the Army Politburo",
 * "Some of the defectors were trusted diplomats. One mid-level diplomat was based at ...":
 * an individual singled out with "one" beside a sentence about defectors is one of them.
 */
/** The words between a counted group and a lone member told with it: "12 workers and one manager". */
const JOINED = /^\s*(?:and|plus)\s*$/i;

function partitiveDrafts(
  view: SentenceView,
  before: SentenceView | undefined,
  claimed: readonly Subject[],
  draftAt: ReadonlyMap<number, Draft>,
): Draft[] {
  const previous = before?.sentence.index === view.sentence.index - 1 ? before : undefined;
  const aboutDefectors = (candidate: SentenceView | undefined) => candidate?.triggers.some(isUsable) ?? false;
  if (!aboutDefectors(view) && !aboutDefectors(previous)) return [];
  const drafts: Draft[] = [];
  for (const role of mentionsOf(view, "role")) {
    const lead = view.sentence.text.slice(0, role.start - view.sentence.start);
    const one = /\b(?:one)\s+(?:[\w-]+\s+){0,2}$/i.exec(lead);
    // "one of the highest-ranking officials" ranks one person among many: a plural title singles nobody out.
    // A role inside a subject already read ("nine players and one coach") is counted there.
    const inSubject = (subject: Subject) => subject.role === role || (role.start >= subject.start && role.end <= subject.end);
    if (!one || role.plural || claimed.some(inSubject) || speaks(view, role)) continue;
    const start = view.sentence.start + one.index;
    // "The 12 female workers and one male manager defected": the one joins the counted group beside it.
    const joined = claimed.find((subject) => (subject.count ?? 0) > 1 && JOINED.test(view.sentence.text.slice(subject.end - view.sentence.start, start - view.sentence.start)));
    const group = joined && draftAt.get(joined.start);
    if (group && group.count !== null) {
      group.count += 1;
      group.sources.count = { rule: DRAFT_RULES.joinedMember, start: joined.start, end: role.end };
      continue;
    }
    const singledOut: Source = { rule: DRAFT_RULES.partitiveOne, start, end: role.end };
    const pseudoTrigger: Trigger = {
      sentence: view.sentence.index,
      start: role.end,
      end: role.end,
      text: "",
      rule: DRAFT_RULES.partitiveOne,
      form: "verb",
      arrival: false,
      weak: false,
      contextual: false,
      frame: "movement",
      status: "defected",
      statusSource: singledOut,
      negation: null,
      lookalike: null,
      hedge: false,
    };
    const subject: Subject = {
      introduction: "partitive",
      rule: DRAFT_RULES.partitiveOne,
      start,
      end: role.end,
      person: null,
      role,
      count: 1,
      clauseStart: start,
    };
    drafts.push(draftFrom(view, pseudoTrigger, subject));
  }
  return drafts;
}
