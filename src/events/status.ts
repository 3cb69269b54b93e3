// Status words outrank each other: a group caught and then sent back is "repatriated", not just "arrested".
import type { RecordStatus } from "../contract.js";

const STATUS_RANK: Record<RecordStatus, number> = { defected: 0, attempted: 1, arrested: 2, repatriated: 3 };

export function outranks(candidate: RecordStatus, current: RecordStatus): boolean {
  return STATUS_RANK[candidate] > STATUS_RANK[current];
}
