import { api, ApiError, enc } from "../api/client";
import type { RunbookDefinition, VersionSummary } from "../api/types";

export interface Opened {
  definition: RunbookDefinition;
  source: "draft" | "published" | "new";
  versions: VersionSummary[];
}

export const newRunbook = (): RunbookDefinition => ({ id: "new-runbook", name: "New runbook", activities: [], connections: [] });

/** The draft when the caller may edit and one exists, else the latest published version. */
export async function openRunbook(id: string, canEdit: boolean, signal: AbortSignal): Promise<Opened> {
  // Asked at once, not one after the other: opening is three round trips' worth faster on a slow link.
  const missing = (e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  };
  const [versions, draft, latest] = await Promise.all([
    api.get<VersionSummary[]>(`/api/runbooks/${enc(id)}/versions`, signal),
    canEdit ? api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}/draft`, signal).catch(missing) : Promise.resolve(null),
    api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}`, signal).catch(missing),
  ]);
  if (draft) return { definition: draft, source: "draft", versions };
  if (!latest) throw new ApiError(`No runbook '${id}': neither a published version nor a draft.`, 404);
  return { definition: latest, source: "published", versions };
}
