// Called by the server's build (VCRunbooks.Server.csproj): installs packages when node_modules is missing or
// package-lock.json changed, then builds dist/ when a source is newer than the last build. A lock folder makes
// builds that run at the same time (a parallel solution build) take turns; the second finds the work done.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lock = path.join(root, ".build-lock");
const installStamp = path.join(root, "node_modules", ".vcrunbooks-lock-hash");
const buildStamp = path.join(root, "dist", ".vcrunbooks-build");
const sources = ["src", "index.html", "package.json", "package-lock.json", "vite.config.ts", "tsconfig.json"];

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquire() {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // A lock older than ten minutes belongs to a build that died.
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error(`designer build: gave up waiting for ${lock}`);
      sleep(500);
    }
  }
}

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function run(command) {
  console.log(`designer: ${command}`);
  execSync(command, { cwd: root, stdio: "inherit" });
}

acquire();
try {
  const lockHash = createHash("sha256").update(fs.readFileSync(path.join(root, "package-lock.json"))).digest("hex");
  const installed = fs.existsSync(installStamp) ? fs.readFileSync(installStamp, "utf8") : "";
  if (installed !== lockHash) {
    run("npm ci --no-audit --no-fund");
    fs.writeFileSync(installStamp, lockHash);
  }
  const sourceTime = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  const builtTime = fs.statSync(buildStamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (sourceTime > builtTime) {
    run("npm run build");
    fs.writeFileSync(buildStamp, new Date().toISOString());
  } else {
    console.log("designer: dist/ is up to date");
  }
} finally {
  fs.rmSync(lock, { recursive: true, force: true });
}
