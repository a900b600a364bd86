// Benchmarks of the web console in headless Chromium on this machine (figures, not tests):
//   open to interactive for a 100- and a 1,000-node runbook, dragging a node among 1,000, applying 1,000 SSE
//   events per second in the run view, and the initial JavaScript gzipped.
// Run: cd designer && npm run bench   (after dotnet build src/VCRunbooks.Server -p:SkipDesignerBuild=true once, for the
// server; the bench serves the console from designer/dist, so `npm run build` is enough after a console change)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { keyFor, launchBrowser, startServer } from "../test/e2e/harness.mjs";

// VCRUNBOOKS_BENCH_DIST: another build of the console to measure (an earlier commit's, for a before/after).
const dist = path.resolve(process.env.VCRUNBOOKS_BENCH_DIST ?? path.resolve(import.meta.dirname, "../dist"));

/** A runbook of n activities: a chain with an If every tenth step whose branches join again. */
function bigRunbook(id, n) {
  const activities = [{ id: "start", type: "Start" }];
  const connections = [];
  let last = "start";
  for (let i = 1; activities.length < n - 1; i++) {
    if (i % 10 === 0 && activities.length < n - 3) {
      activities.push({ id: `if${i}`, type: "If", inputs: { Condition: true } }, { id: `no${i}`, type: "Log", inputs: { Message: "no" } });
      connections.push({ from: last, to: `if${i}` }, { from: `if${i}`, outcome: "False", to: `no${i}` });
      activities.push({ id: `yes${i}`, type: "Log", inputs: { Message: "yes" }, join: "any" });
      connections.push({ from: `if${i}`, outcome: "True", to: `yes${i}` }, { from: `no${i}`, to: `yes${i}` });
      last = `yes${i}`;
    } else {
      activities.push({ id: `log${i}`, type: "Log", inputs: { Message: `step ${i}` } });
      connections.push({ from: last, to: `log${i}` });
      last = `log${i}`;
    }
  }
  activities.push({ id: "end", type: "End" });
  connections.push({ from: last, to: "end" });
  return { id, name: `Benchmark ${n}`, activities, connections };
}

async function publish(server, definition) {
  const saved = await server.api("author", "PUT", `/api/runbooks/${definition.id}/draft`, definition);
  if (saved.status !== 200 || !saved.body.valid) throw new Error(`draft of ${definition.id}: ${saved.text.slice(0, 500)}`);
  const published = await server.api("author", "POST", `/api/runbooks/${definition.id}/publish`, {});
  if (published.status !== 201) throw new Error(`publish of ${definition.id}: ${published.text.slice(0, 500)}`);
}

async function page(browser, role = "viewer") {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript((key) => sessionStorage.setItem("vcrunbooks.apiKey", key), keyFor(role));
  return { context, page: await context.newPage() };
}

/**
 * Milliseconds from navigation start until the canvas shows nodes and the next frame after that has painted; and the
 * renderer main thread's CPU time until then (Chromium's ThreadTime), which a loaded machine inflates far less.
 */
async function openToInteractive(browser, url) {
  const { context, page: p } = await page(browser);
  const cdp = await context.newCDPSession(p);
  await cdp.send("Performance.enable");
  await p.goto(url);
  await p.waitForSelector(".react-flow__node", { timeout: 60_000 });
  const ms = await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now())))));
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const cpuMs = Math.round(metrics.ThreadTime * 1000);
  const nodes = await p.locator(".react-flow__node").count();
  // Where the time went: the console's marks (signed in, catalog, runbook answered, graph built, layout) and when
  // each script and API answer arrived, all in ms from navigation start.
  const profile = await p.evaluate(() => {
    const at = {};
    for (const e of performance.getEntriesByType("mark")) if (e.name.startsWith("vcr:")) at[e.name.slice(4)] ??= Math.round(e.startTime);
    for (const e of performance.getEntriesByType("measure")) if (e.name.startsWith("vcr:")) at[`${e.name.slice(4)} (took)`] = Math.round(e.duration);
    for (const e of performance.getEntriesByType("resource")) {
      const name = new URL(e.name).pathname.replace(/^\/assets\/([A-Za-z]+)-[^.]+/, "$1");
      at[name] = `${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`;
    }
    const nav = performance.getEntriesByType("navigation")[0];
    at["html"] = `0–${Math.round(nav.responseEnd)}`;
    return at;
  });
  await context.close();
  return { ms: Math.round(ms), cpuMs, nodes, profile };
}

async function dragFps(browser, url) {
  const { context, page: p } = await page(browser, "author");
  await p.goto(url);
  await p.waitForSelector(".react-flow__node", { timeout: 60_000 });
  const shown = await p.locator(".react-flow__node").count();
  const box = await p.locator(".react-flow__node").nth(Math.floor(shown / 2)).boundingBox();
  await p.evaluate(() => {
    window.__frames = 0;
    const tick = () => ((window.__frames += 1), requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  await p.mouse.move(box.x + 20, box.y + 10);
  await p.mouse.down();
  const started = Date.now();
  const before = await p.evaluate(() => window.__frames);
  for (let i = 0; i < 120; i++) await p.mouse.move(box.x + 20 + i * 3, box.y + 10 + (i % 40) * 2);
  const frames = (await p.evaluate(() => window.__frames)) - before;
  const seconds = (Date.now() - started) / 1000;
  await p.mouse.up();
  const rendered = await p.locator(".react-flow__node").count();
  await context.close();
  return { fps: Math.round(frames / seconds), rendered };
}

/**
 * The run view fed 1,000 journal lines a second by a stand-in stream (the engine does not produce that rate on
 * demand); everything else is proxied to the real server. Lag: line sent -> shown in the journal list.
 */
async function sseLag(browser, server, runbookId) {
  const runId = "bench-run";
  const proxy = http.createServer((req, res) => {
    if (req.url === `/api/runs/${runId}/events`) {
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
      const state = { id: runId, definitionId: runbookId, version: 1, status: "Running", outputs: {} };
      res.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
      let seq = 0;
      const timer = setInterval(() => {
        let chunk = "";
        for (let i = 0; i < 10; i++) {
          seq++;
          const line = { seq, at: new Date().toISOString(), kind: seq % 2 ? "activity-started" : "activity-completed", activityId: `log${1 + ((seq >> 1) % 900)}`, message: `t=${Date.now()}` };
          chunk += `event: journal\ndata: ${JSON.stringify(line)}\n\n`;
        }
        res.write(chunk);
        if (seq >= 5000) (clearInterval(timer), res.end());
      }, 10);
      req.on("close", () => clearInterval(timer));
      return;
    }
    if (req.url.startsWith("/api/") && !req.url.startsWith(`/api/runs/${runId}`)) {
      const upstream = http.request(server.url + req.url, { method: req.method, headers: req.headers }, (r) => (res.writeHead(r.statusCode, r.headers), r.pipe(res)));
      req.pipe(upstream);
      return;
    }
    const file = path.join(dist, req.url.split("?")[0]);
    const found = file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(dist, "index.html");
    res.writeHead(200, { "Content-Type": found.endsWith(".js") ? "text/javascript" : found.endsWith(".css") ? "text/css" : "text/html" });
    fs.createReadStream(found).pipe(res);
  });
  await new Promise((r) => proxy.listen(0, "127.0.0.1", r));
  const { context, page: p } = await page(browser);
  await p.goto(`http://127.0.0.1:${proxy.address().port}/runs/${runId}`);
  await p.waitForSelector('[data-testid="journal"] li', { timeout: 60_000 });
  const lags = await p.evaluate(
    () =>
      new Promise((resolve) => {
        const list = document.querySelector('[data-testid="journal"]');
        const lags = [];
        const observer = new MutationObserver(() => {
          const last = list.lastElementChild?.textContent ?? "";
          const m = /t=(\d+)/.exec(last);
          if (m) lags.push(Date.now() - Number(m[1]));
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
        setTimeout(() => (observer.disconnect(), resolve(lags)), 4000);
      }),
  );
  await context.close();
  proxy.close();
  lags.sort((a, b) => a - b);
  const at = (q) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))];
  return { samples: lags.length, p50: at(0.5), p95: at(0.95), max: lags[lags.length - 1] };
}

function initialJsGzip() {
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  const all = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js"));
  const designer = all.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, "assets", f)), { level: 9 }).length, 0);
  return { initialKb: +(bytes / 1024).toFixed(1), files, allJsKb: +(designer / 1024).toFixed(1) };
}

const server = await startServer({ consolePath: dist });
const browser = await launchBrowser();
try {
  await publish(server, bigRunbook("bench-100", 100));
  await publish(server, bigRunbook("bench-1000", 1000));
  const results = {};
  for (const n of [100, 1000]) {
    await openToInteractive(browser, `${server.url}/runbooks/bench-${n}`); // warm the server's caches
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await openToInteractive(browser, `${server.url}/runbooks/bench-${n}`));
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    results[`open ${n} nodes (ms, best of 3)`] = best.ms;
    results[`open ${n} nodes (ms, all)`] = runs.map((r) => r.ms).join(" / ");
    results[`open ${n} nodes: main-thread CPU (ms, all)`] = runs.map((r) => r.cpuMs).join(" / ");
    console.log(`open ${n} nodes, best run (${best.nodes} nodes drawn): where the time went (ms from navigation start)`);
    console.table(best.profile);
  }
  const drag = await dragFps(browser, `${server.url}/runbooks/bench-1000`);
  results["drag among 1000 nodes (fps)"] = drag.fps;
  results["nodes rendered while dragging"] = drag.rendered;
  const lag = await sseLag(browser, server, "bench-1000");
  results["SSE 1000 events/s apply lag (ms p50/p95/max)"] = `${lag.p50}/${lag.p95}/${lag.max} over ${lag.samples} updates`;
  const size = initialJsGzip();
  results["initial JS gzipped (KB)"] = size.initialKb;
  results["all JS chunks gzipped (KB)"] = size.allJsKb;
  console.table(results);
} finally {
  await browser.close();
  await server.stop();
}
