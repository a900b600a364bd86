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
  const versions = await api.get<VersionSummary[]>(`/api/runbooks/${enc(id)}/versions`, signal);
  if (canEdit) {
    try {
      const draft = await api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}/draft`, signal);
      return { definition: draft, source: "draft", versions };
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  }
  if (versions.length === 0) throw new ApiError(`No runbook '${id}': neither a published version nor a draft.`, 404);
  return { definition: await api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}`, signal), source: "published", versions };
}
