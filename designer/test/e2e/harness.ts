// A real server process on the embedded default (own temp data folder, 127.0.0.1, free ports) and real headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const roles = ["viewer", "operator", "author", "admin"] as const;
export type Role = (typeof roles)[number];
export const keyFor = (role: Role) => `e2e-${role}-key-0123456789abcdef`;

function serverDll(): string {
  if (process.env.VCRUNBOOKS_SERVER_DLL) return process.env.VCRUNBOOKS_SERVER_DLL;
  const candidates = ["Release", "Debug"]
    .map((c) => path.join(repoRoot, "src/VCRunbooks.Server/bin", c, "net10.0/VCRunbooks.Server.dll"))
    .filter((p) => fs.existsSync(p) && fs.existsSync(path.join(path.dirname(p), "wwwroot/index.html")))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error("Build the server first (dotnet build src/VCRunbooks.Server): no VCRunbooks.Server.dll with wwwroot found.");
  return candidates[0];
}

export interface Server {
  url: string;
  data: string;
  process: ChildProcess;
  log: () => string;
  api: <T = unknown>(role: Role, method: string, path: string, body?: unknown) => Promise<{ status: number; body: T; text: string }>;
  stop: () => Promise<void>;
}

export async function startServer(): Promise<Server> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "vcrunbooks-e2e-"));
  const args = [serverDll(), `--Server:DataPath=${data}`, `--Server:RunbooksPath=${path.join(repoRoot, "runbooks")}`, "--urls=http://127.0.0.1:0", "--EmbeddedSimulator:Port=0"];
  roles.forEach((role, i) => args.push(`--Auth:ApiKeys:${i}:Name=e2e-${role}`, `--Auth:ApiKeys:${i}:Key=${keyFor(role)}`, `--Auth:ApiKeys:${i}:Role=${role}`));
  const child = spawn("dotnet", args, { cwd: data, env: { ...process.env, DOTNET_NOLOGO: "1", ASPNETCORE_ENVIRONMENT: "Production" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m && /VCRunbooks server is running/.test(output)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => (clearTimeout(timer), reject(new Error(`The server exited with ${code}:\n${output}`))));
  });
  const api: Server["api"] = async (role, method, p, body) => {
    const response = await fetch(url + p, { method, headers: { "X-Api-Key": keyFor(role), ...(body !== undefined ? { "Content-Type": "application/json" } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed as never, text };
  };
  return {
    url,
    data,
    process: child,
    log: () => output,
    api,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

/** A fresh tab signed in with the role's key, as a user would: through the sign-in form. */
export async function signedIn(browser: Browser, server: Server, role: Role, path = "/runbooks"): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  await page.getByLabel("API key or bearer token").fill(keyFor(role));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("who").waitFor();
  return { context, page, errors };
}
