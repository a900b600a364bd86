// Server-Sent Events over fetch (EventSource cannot send the X-Api-Key header). Reconnects with a growing delay
// when the stream drops; the run stream starts with a snapshot and the journal so far, so a reconnect catches up.
import { authHeaders, storedKey } from "./client";

export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export type StreamStatus = "connecting" | "live" | "reconnecting" | "ended" | "unauthorized" | "missing";

/** Splits an SSE byte stream into messages; exported for tests. */
export class SseParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];
  private id: string | undefined;

  push(chunk: string, emit: (m: SseMessage) => void) {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.search(/\r?\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(this.buffer[newline] === "\r" ? newline + 2 : newline + 1);
      if (line === "") {
        if (this.data.length > 0) emit({ event: this.event || "message", data: this.data.join("\n"), id: this.id });
        this.event = "";
        this.data = [];
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") this.event = value;
      else if (field === "data") this.data.push(value);
      else if (field === "id") this.id = value;
    }
  }
}

export interface StreamOptions {
  onMessage: (m: SseMessage) => void;
  onStatus: (s: StreamStatus, detail?: string) => void;
  /** True when the stream ended because its subject finished (no reconnect). */
  isFinished?: () => boolean;
}

export function openStream(path: string, options: StreamOptions): () => void {
  const abort = new AbortController();
  let attempt = 0;
  const run = async () => {
    while (!abort.signal.aborted) {
      options.onStatus(attempt === 0 ? "connecting" : "reconnecting");
      try {
        const response = await fetch(path, { headers: { Accept: "text/event-stream", ...authHeaders(storedKey()) }, signal: abort.signal });
        if (response.status === 401 || response.status === 403) {
          options.onStatus("unauthorized", `The live stream answered ${response.status}.`);
          return;
        }
        if (response.status === 404) {
          options.onStatus("missing", "No such run: it may have been removed, or the address is wrong.");
          return;
        }
        if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
        options.onStatus("live");
        attempt = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value, options.onMessage);
        }
        if (options.isFinished?.()) {
          options.onStatus("ended");
          return;
        }
      } catch (e) {
        if (abort.signal.aborted) return;
        options.onStatus("reconnecting", (e as Error).message);
      }
      attempt++;
      await new Promise((r) => setTimeout(r, Math.min(10_000, 250 * 2 ** Math.min(attempt, 6))));
    }
  };
  void run();
  return () => abort.abort();
}
