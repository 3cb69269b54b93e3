// "recently", "in recent years", "lately", "some time ago": a time the text gives no date for; kept as worded so
// a record can quote it.
import calendar from "../../../data/calendar.json";
import { alternation } from "../../../data/index.js";
import { unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const vagueTimeRule: TimeframeRule = {
  id: "date/vague",
  cue: /\b(?:recent|lately|ago\b)/i,
  pattern: new RegExp(
    `\\b(?:${alternation(calendar.vague)}|(?:in\\s+)?(?:the\\s+)?recent\\s+${alternation(calendar.recentPeriods)})\\b(?!-)`,
    "gi",
  ),
  resolve(_match, text) {
    return unresolved(text);
  },
};
