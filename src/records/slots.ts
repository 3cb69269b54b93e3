// Reads a record's slots from the clause around its trigger: organisation, origin, destination, timeframe, companions
// and the unnamed others who came along.
import type { ExplainedField, Place, Timeframe } from "../contract.js";
import type { OrganisationMention, Source, Trigger } from "../types.js";
import type { SentenceView } from "./draft.js";
import { readCompanions } from "./companions.js";
import { pickTimeframe } from "./event-date.js";
import { readFellowTravellers, type FellowTravellers } from "./fellow-travellers.js";
import { readMovement } from "./movement.js";
import { pickOrganisation } from "./own-organisation.js";
import { slotWindow } from "./slot-window.js";
import type { Subject } from "./subjects.js";

export interface ClauseSlots {
  organisation: OrganisationMention | null;
  origin: Place | null;
  destination: Place | null;
  timeframe: Timeframe | null;
  companions: string[];
  /** "with six other Romanians": how many more fled in this event than the subject phrase counts. */
  fellowTravellers: FellowTravellers | null;
  /** The rule and words behind each filled slot. */
  sources: Partial<Record<ExplainedField, Source>>;
}

export function readSlots(view: SentenceView, trigger: Trigger, subject: Subject | null): ClauseSlots {
  const window = slotWindow(view, trigger, subject);
  const { organisation, source: organisationSource, refuges } = pickOrganisation(view, window);
  const movement = readMovement(view, trigger, window, organisation, refuges);
  const timeframe = pickTimeframe(view, trigger, window);
  const companions = readCompanions(view, Math.min(window.subjectStart, trigger.start), window.circumstanceEnd, window.subjectEnd);
  const fellowTravellers = readFellowTravellers(view, trigger.end, window.circumstanceEnd);
  const sources: ClauseSlots["sources"] = { ...movement.sources };
  if (organisationSource) sources.organisation = organisationSource;
  if (timeframe) sources.timeframe = timeframe.source;
  if (companions) sources.companions = companions.source;
  return {
    organisation,
    origin: movement.origin,
    destination: movement.destination,
    timeframe: timeframe?.timeframe ?? null,
    companions: companions?.words ?? [],
    fellowTravellers,
    sources,
  };
}
