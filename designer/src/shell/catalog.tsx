// The activity catalog (/api/activities), loaded once per sign-in and shared by the designer and the run view.
import { createContext, useContext, useMemo } from "react";
import { api } from "../api/client";
import type { ActivityDescriptor } from "../api/types";
import { useLoad } from "./useLoad";

export interface Catalog {
  all: ActivityDescriptor[];
  byType: Map<string, ActivityDescriptor>;
}

const CatalogContext = createContext<{ catalog?: Catalog; error?: unknown }>({});

export function CatalogProvider({ children }: { children: React.ReactNode }) {
  const { data, error } = useLoad((signal) => api.get<ActivityDescriptor[]>("/api/activities", signal), []);
  const value = useMemo(() => {
    if (data) performance.mark("vcr:catalog");
    return { catalog: data ? makeCatalog(data) : undefined, error };
  }, [data, error]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function makeCatalog(all: ActivityDescriptor[]): Catalog {
  return { all, byType: new Map(all.map((a) => [a.type, a])) };
}

export function useCatalog() {
  return useContext(CatalogContext);
}
