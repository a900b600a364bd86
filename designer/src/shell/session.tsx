// Who is signed in: the key lives in sessionStorage (this tab only), the role comes from GET /api/me.
import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { ApiError, request, storeKey, storedKey, takePrefetched } from "../api/client";
import { atLeast, type Me, type Role } from "../api/types";

interface Session {
  me: Me | null;
  checking: boolean;
  error: string | null;
  signIn: (key: string) => Promise<boolean>;
  signOut: () => void;
  can: (role: Role) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: React.ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => storedKey() !== null);
  const [error, setError] = useState<string | null>(null);

  const signIn = useCallback(async (key: string) => {
    setChecking(true);
    setError(null);
    try {
      const who = await ((key === storedKey() && takePrefetched<Me>("/api/me")) || request<Me>("GET", "/api/me", undefined, { key }));
      storeKey(key);
      performance.mark("vcr:signed-in");
      setMe(who);
      return true;
    } catch (e) {
      storeKey(null);
      setMe(null);
      setError(e instanceof ApiError && e.status === 401 ? "That key is not valid (401): check it and try again." : (e as Error).message);
      return false;
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    const key = storedKey();
    if (key) void signIn(key);
  }, [signIn]);

  const signOut = useCallback(() => {
    storeKey(null);
    setMe(null);
  }, []);

  const can = useCallback((role: Role) => atLeast(me?.role, role), [me]);

  return <SessionContext.Provider value={{ me, checking, error, signIn, signOut, can }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
