// A real server process on the embedded default (own temp data folder, 127.0.0.1, free ports) and real headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const roles = ["viewer", "operator", "author", "admin"];
/** @param {string} role */
export const keyFor = (role) => `e2e-${role}-key-0123456789abcdef`;

function serverDll() {
  if (process.env.VCRUNBOOKS_SERVER_DLL) return process.env.VCRUNBOOKS_SERVER_DLL;
  const candidates = ["Release", "Debug"]
    .map((c) => path.join(repoRoot, "src/VCRunbooks.Server/bin", c, "net10.0/VCRunbooks.Server.dll"))
    .filter((p) => fs.existsSync(p) && fs.existsSync(path.join(path.dirname(p), "wwwroot/index.html")))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error("Build the server first (dotnet build src/VCRunbooks.Server): no VCRunbooks.Server.dll with wwwroot found.");
  return candidates[0];
}


/** A free loopback port, for a server that must come back on the same address after a restart. */
export async function freePort() {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server; resolves once it listens and printed its banner.
 * @param {{ data?: string, port?: number, consolePath?: string }} [options] a data folder and port to reuse (restart
 *   tests); consolePath serves that folder as the console instead of the build's wwwroot (the bench: designer/dist)
 */
export async function startServer(options = {}) {
  const data = options.data ?? fs.mkdtempSync(path.join(os.tmpdir(), "vcrunbooks-e2e-"));
  const args = [serverDll(), `--Server:DataPath=${data}`, `--Server:RunbooksPath=${path.join(repoRoot, "runbooks")}`, `--urls=http://127.0.0.1:${options.port ?? 0}`, "--EmbeddedSimulator:Port=0"];
  if (options.consolePath) args.push(`--Server:ConsolePath=${options.consolePath}`);
  roles.forEach((role, i) => args.push(`--Auth:ApiKeys:${i}:Name=e2e-${role}`, `--Auth:ApiKeys:${i}:Key=${keyFor(role)}`, `--Auth:ApiKeys:${i}:Role=${role}`));
  const child = spawn("dotnet", args, { cwd: data, env: { ...process.env, DOTNET_NOLOGO: "1", ASPNETCORE_ENVIRONMENT: "Production" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  /** @type {string} */
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 120 s:\n${output}`)), 120_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const m = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m && /VCRunbooks server is running/.test(output)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => (clearTimeout(timer), reject(new Error(`The server exited with ${code}:\n${output}`))));
  });
  /** @type {<T = any>(role: string, method: string, p: string, body?: unknown) => Promise<{status: number, body: T, text: string}>} */
  const api = async (role, method, p, body) => {
    const response = await fetch(url + p, { method, headers: { "X-Api-Key": keyFor(role), ...(body !== undefined ? { "Content-Type": "application/json" } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed, text };
  };
  return {
    url,
    data,
    process: child,
    log: () => output,
    api,
    /** Stops the process; the data folder is deleted unless keepData (a restart follows). */
    stop: async (keepData = false) => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      if (!keepData) fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

/** A fresh tab signed in with the role's key, as a user would: through the sign-in form. */
/** @param {import("playwright-core").Browser} browser @param {Awaited<ReturnType<typeof startServer>>} server @param {string} role */
export async function signedIn(browser, server, role, path = "/runbooks") {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  await page.getByLabel("API key or bearer token").fill(keyFor(role));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("who").waitFor();
  return { context, page, errors };
}
