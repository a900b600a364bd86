import type { ActivityDefinition, ActivityDescriptor } from "../api/types";

/**
 * The outcome ports of an activity: the catalog's outcomes, plus those named by its dynamic-outcomes input when
 * that input is a literal list (Switch cases, Ask's answers), plus any outcome a connection already uses, so no
 * connection is left without a port.
 */
export function outcomesOf(activity: ActivityDefinition, descriptor: ActivityDescriptor | undefined, used: Iterable<string> = []): string[] {
  // End and Fail finish their branch: no port to leave by.
  const outcomes = activity.type === "End" || activity.type === "Fail" ? [] : [...(descriptor?.outcomes ?? ["Done"])];
  const dynamic = descriptor?.dynamicOutcomesInput ? activity.inputs?.[descriptor.dynamicOutcomesInput] : undefined;
  if (Array.isArray(dynamic)) {
    for (const value of dynamic) if (typeof value === "string" && value && !outcomes.includes(value)) outcomes.push(value);
  }
  for (const outcome of used) if (!outcomes.includes(outcome)) outcomes.push(outcome);
  return outcomes;
}

/** A connection without an outcome leaves on Done, as the engine reads it. */
export const outcomeOf = (outcome: string | null | undefined) => outcome ?? "Done";
