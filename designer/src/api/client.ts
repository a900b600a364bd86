// One fetch wrapper for the whole console: sends the signed-in key, turns every failure into an ApiError whose
// message an operator can act on (401, 403, validation problems, the server being down).

const keyStorage = "vcrunbooks.apiKey";

export function storedKey(): string | null {
  return sessionStorage.getItem(keyStorage);
}

export function storeKey(key: string | null) {
  if (key !== storedKey()) early.clear();
  if (key === null) sessionStorage.removeItem(keyStorage);
  else sessionStorage.setItem(keyStorage, key);
}

/** Bearer tokens (JWT) go in Authorization; anything else is an API key for X-Api-Key. */
export function authHeaders(key: string | null): Record<string, string> {
  if (!key) return {};
  return key.split(".").length === 3 ? { Authorization: `Bearer ${key}` } : { "X-Api-Key": key };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isAuth() {
    return this.status === 401 || this.status === 403;
  }
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

function describe(status: number, problem: Problem | undefined, method: string, path: string): string {
  if (status === 401) return "Not signed in, or the key is not valid (401). Sign in again with an API key.";
  if (status === 403) return `Your role may not do this (403): ${method} ${path} needs a higher role.`;
  const parts = [problem?.title, problem?.detail].filter(Boolean);
  const fields = Object.entries(problem?.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  const text = [...parts, ...fields].join(" — ");
  return text || `The server answered ${status} to ${method} ${path}.`;
}

export async function request<T>(method: string, path: string, body?: unknown, init?: { signal?: AbortSignal; key?: string | null }): Promise<T> {
  const key = init?.key !== undefined ? init.key : storedKey();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: "application/json", ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...authHeaders(key) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      signal: init?.signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError("The server cannot be reached: it may be down or restarting. Your unsaved changes are kept in this browser.", 0);
  }
  return read<T>(response, method, path);
}

async function read<T>(response: Response, method: string, path: string): Promise<T> {
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    const problem = typeof parsed === "object" && parsed !== null ? (parsed as Problem) : undefined;
    throw new ApiError(describe(response.status, problem, method, path), response.status, problem?.errors ?? {}, parsed);
  }
  return parsed as T;
}

// Reads asked for as the page starts (before signing in has answered), handed once to the first view that asks.
const early = new Map<string, Promise<unknown>>();

declare global {
  interface Window {
    /** Fetches index.html starts before the scripts load, with the key they were made with. */
    __vcrunbooksEarly?: { key: string; fetches: Record<string, Promise<Response>> };
  }
}

const unreachable = () => new ApiError("The server cannot be reached: it may be down or restarting. Your unsaved changes are kept in this browser.", 0);

/** Starts GETs at once with the stored key (or adopts those index.html started), so the first view finds them in flight. */
export function prefetch(paths: string[]) {
  const key = storedKey();
  if (!key) return;
  const started: Record<string, Promise<Response> | undefined> = window.__vcrunbooksEarly?.key === key ? window.__vcrunbooksEarly.fetches : {};
  for (const path of paths) {
    const fetched = started[path];
    const answer = fetched
      ? fetched.then((response) => read(response, "GET", path), () => Promise.reject(unreachable()))
      : request("GET", path);
    answer.catch(() => undefined); // a failure is seen (and shown) by the view that takes it
    early.set(path, answer);
  }
}

/** The answer of a prefetched GET, once; undefined when it was not prefetched or was already taken. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const answer = early.get(path);
  early.delete(path);
  return answer as Promise<T> | undefined;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => takePrefetched<T>(path) ?? request<T>("GET", path, undefined, { signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  del: <T>(path: string) => request<T>("DELETE", path),
};

export const enc = encodeURIComponent;
