// End to end in real headless Chromium against a real server process on the embedded default.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, launchBrowser, repoRoot, signedIn, startServer } from "./harness.mjs";

type Server = Awaited<ReturnType<typeof startServer>>;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function dropActivity(page: Page, type: string, x: number, y: number) {
  await page.locator(`.palette-item[data-activity-type="${type}"]`).dragTo(page.getByTestId("canvas"), { targetPosition: { x, y } });
}

async function connectPorts(page: Page, from: string, outcome: string, to: string) {
  const source = node(page, from).locator(`.react-flow__handle.source[data-handleid="${outcome}"]`);
  const target = node(page, to).locator(".react-flow__handle.target");
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.locator(`.react-flow__edge[data-id="${from}:${outcome}->${to}"], .react-flow__edge[aria-label*="${from}"]`).first().waitFor({ state: "attached" }).catch(() => undefined);
}

async function selectNode(page: Page, id: string) {
  await node(page, id).locator(".activity-title").click();
  await page.getByTestId("activity-properties").locator("input[aria-label='Activity id']").and(page.locator(`[value="${id}"]`)).waitFor();
}

async function fill(page: Page, label: string, value: string) {
  const field = page.getByTestId("activity-properties").getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

async function expression(page: Page, input: string, code: string) {
  const row = page.locator(`[data-field="inputs.${input}"]`);
  await row.getByRole("button", { name: /^C#/ }).click();
  const area = row.getByLabel(`${input} expression`);
  await area.fill(code);
  await area.blur();
}

describe("designer in the browser", () => {
  it("builds an 8-node runbook with a question by drag and drop, publishes it, runs it on a demo target and answers from the inbox", async () => {
    const { page, context, errors } = await signedIn(browser, server, "author");
    await page.getByRole("link", { name: "New runbook" }).click();
    await page.getByTestId("designer").waitFor();
    const runbookField = async (label: string, value: string) => {
      const f = page.getByTestId("runbook-properties").getByLabel(label, { exact: true });
      await f.fill(value);
      await f.blur();
    };
    await runbookField("Runbook id", "e2e-built");
    await runbookField("Runbook name", "Built in the browser");
    await page.getByRole("button", { name: "Add input" }).click();
    await runbookField("inputs 1 name", "target");
    await page.getByTestId("parameters-inputs").getByRole("checkbox").check();

    const layout: [string, number, number][] = [
      ["Start", 60, 30], ["Log", 60, 180], ["CreateSession", 60, 330], ["GetVersion", 60, 480],
      ["Ask", 480, 30], ["Log", 480, 180], ["Log", 480, 330], ["End", 480, 480],
    ];
    for (const [type, x, y] of layout) await dropActivity(page, type, x, y);
    const ids = ["start", "log", "createSession", "getVersion", "ask", "log2", "log3", "end"];
    for (const id of ids) await node(page, id).waitFor();

    await connectPorts(page, "start", "Done", "log");
    await connectPorts(page, "log", "Done", "createSession");
    await connectPorts(page, "createSession", "Done", "getVersion");
    await connectPorts(page, "getVersion", "Matches", "ask");
    await connectPorts(page, "ask", "Answered", "log2");
    await connectPorts(page, "log2", "Done", "log3");
    await connectPorts(page, "log3", "Done", "end");
    await page.locator(".react-flow__edge").nth(6).waitFor({ state: "attached" });

    await selectNode(page, "log");
    await fill(page, "Message", "Starting on the target");
    await selectNode(page, "createSession");
    await expression(page, "Target", "Inputs.target");
    await selectNode(page, "getVersion");
    await expression(page, "Session", 'Inputs.target + "/Sso"');
    await selectNode(page, "ask");
    await fill(page, "Question", "Go on with the demo?");
    await fill(page, "AllowedAnswers", "yes\nno");
    await selectNode(page, "log2");
    await expression(page, "Message", '"Answered " + Output("ask", "Answer")');
    await selectNode(page, "log3");
    await fill(page, "Message", "Finished");

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByTestId("designer-message").filter({ hasText: "Draft saved" }).waitFor();
    expect(await page.getByTestId("designer-message").textContent()).toContain("Draft saved.");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByTestId("designer-message").filter({ hasText: "Published version 1." }).waitFor();

    const published = await server.api<{ activities: unknown[]; connections: unknown[] }>("author", "GET", "/api/runbooks/e2e-built");
    expect(published.status).toBe(200);
    expect(published.body.activities).toHaveLength(8);
    expect(published.body.connections).toHaveLength(7);

    await page.getByRole("button", { name: "Start run…" }).click();
    await page.getByTestId("start-run").getByLabel("target").selectOption("demo-patch");
    await page.getByTestId("start-run").getByRole("button", { name: "Start run" }).click();
    await page.getByTestId("run-view").waitFor();
    const runId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    await page.locator('.activity-node[data-activity-id="ask"][data-state="waiting"]').waitFor({ timeout: 60_000 });

    await page.getByRole("link", { name: "Questions" }).click();
    const row = page.locator(`tr[data-run="${runId}"]`);
    await row.getByText("Go on with the demo?").waitFor();
    await row.getByRole("button", { name: "yes" }).click();
    await row.waitFor({ state: "detached" });

    await page.goto(`${server.url}/runs/${encodeURIComponent(runId)}`);
    await page.locator('[data-status="Completed"]').waitFor({ timeout: 60_000 });
    for (const id of ids) await page.locator(`.activity-node[data-activity-id="${id}"][data-state="completed"]`).waitFor();
    const run = await server.api<{ status: string; outputs: Record<string, Record<string, unknown>> }>("viewer", "GET", `/api/runs/${runId}`);
    expect(run.body.status).toBe("Completed");
    expect(run.body.outputs.ask.Answer).toBe("yes");
    expect(run.body.outputs.ask.AnsweredBy).toBe("e2e-author");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens every runbook in runbooks/ and saves it unchanged: the saved JSON is identical", async () => {
    const { page, context, errors } = await signedIn(browser, server, "author");
    const files = fs.readdirSync(path.join(repoRoot, "runbooks")).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const id = (JSON.parse(fs.readFileSync(path.join(repoRoot, "runbooks", file), "utf8")) as { id: string }).id;
      await page.goto(`${server.url}/runbooks/${id}`);
      await page.locator(".activity-node").first().waitFor();
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByTestId("designer-message").filter({ hasText: "Draft saved" }).waitFor();
      const published = await server.api<Record<string, unknown>>("author", "GET", `/api/runbooks/${id}`);
      const draft = await server.api<Record<string, unknown>>("author", "GET", `/api/runbooks/${id}/draft`);
      expect(draft.status).toBe(200);
      const { version: _v1, ...p } = published.body;
      const { version: _v2, ...d } = draft.body;
      expect(JSON.stringify(d), file).toBe(JSON.stringify(p));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows an invalid edit's error on the right node and field, and in the list", async () => {
    const { page, context } = await signedIn(browser, server, "author", "/runbooks/backup");
    await node(page, "wait").waitFor();
    await selectNode(page, "wait");
    await fill(page, "Timeout", "two hours");
    await page.locator('.activity-node.has-errors[data-activity-id="wait"]').waitFor();
    const field = page.locator('[data-field="inputs.Timeout"]');
    await field.locator(".field-error").filter({ hasText: /timespan/ }).waitFor();
    expect(await field.getAttribute("class")).toContain("invalid");
    expect(await page.locator(".activity-node.has-errors").count()).toBe(1);
    await page.getByTestId("validation-list").getByRole("button", { name: "wait" }).waitFor();
    // A draft saves even when invalid; publishing refuses and says why.
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByTestId("designer-message").filter({ hasText: "Publish refused" }).waitFor();
    const versions = await server.api<unknown[]>("author", "GET", "/api/runbooks/backup/versions");
    expect(versions.body).toHaveLength(1);
    await context.close();
  });

  it("lets a viewer read but not edit", async () => {
    const { page, context, errors } = await signedIn(browser, server, "viewer", "/runbooks/backup");
    await node(page, "wait").waitFor();
    await page.getByTestId("read-only").waitFor();
    expect(await page.locator(".palette").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save draft" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Publish" }).count()).toBe(0);
    await selectNode(page, "wait");
    expect(await page.getByTestId("activity-properties").getByLabel("Activity id", { exact: true }).getAttribute("readonly")).not.toBeNull();
    await page.keyboard.press("Delete");
    expect(await node(page, "wait").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Targets" }).count()).toBe(0);
    await page.goto(`${server.url}/secrets`);
    await page.getByRole("alert").filter({ hasText: "403" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps unsaved edits in the browser until saved, and refuses a bad JSON import naming why", async () => {
    const { page, context } = await signedIn(browser, server, "author", "/runbooks/upgrade");
    await node(page, "start").waitFor();
    const name = page.getByTestId("runbook-properties").getByLabel("Runbook name", { exact: true });
    await name.fill("Renamed, not saved");
    await name.blur();
    await page.getByTestId("unsaved").waitFor();

    // Another tab of the same browser (the key is per tab, the unsaved copy per browser) gets the edit back.
    const other = await context.newPage();
    await other.goto(server.url + "/runbooks/upgrade");
    await other.getByLabel("API key or bearer token").fill("e2e-author-key-0123456789abcdef");
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.getByTestId("designer-message").filter({ hasText: "Restored unsaved changes" }).waitFor();
    expect(await other.getByTestId("runbook-properties").getByLabel("Runbook name", { exact: true }).inputValue()).toBe("Renamed, not saved");

    await other.locator('input[type="file"]').setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"id": oops') });
    await other.getByTestId("designer-message").filter({ hasText: "Import of bad.json refused: Not valid JSON" }).waitFor();
    const published = await server.api<{ name: string }>("viewer", "GET", "/api/runbooks/upgrade");
    expect(published.body.name).not.toBe("Renamed, not saved");
    await context.close();
  });

  it("says clearly when a key is not valid", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + "/");
    await page.getByLabel("API key or bearer token").fill("not-a-key-at-all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "not valid (401)" }).waitFor();
    await context.close();
  });
});

describe("script runbooks in the browser", () => {
  const v1 = [
    "// id: e2e-script",
    "// name: Script in the browser",
    'var who = Input<string>("who", "Whom to greet.", "operators");',
    'Log($"hello {who}");',
    'var answer = await Ask("Go on with the script?", ["yes", "no"], "no", TimeSpan.FromHours(1));',
    'Log($"v1 answered {answer.Answer}");',
    "",
  ].join("\n");
  const line = (page: Page, n: number) => page.locator(`.script-line[data-line="${n}"]`);

  it("shows a waiting script run by line, edits and publishes a fix in the code view, moves the run onto it and finishes it", async () => {
    const saved = await server.api("author", "PUT", "/api/runbooks/e2e-script/draft", { script: { file: "runbooks/e2e-script.csx", code: v1 } });
    expect(saved.status, saved.text).toBe(200);
    expect((await server.api("author", "POST", "/api/runbooks/e2e-script/publish", {})).status).toBe(201);
    const started = await server.api<{ id: string }>("operator", "POST", "/api/runs", { runbook: "e2e-script", version: 1 });
    expect(started.status, started.text).toBe(202);
    const runId = started.body.id;

    // The run view: the code, line 4's log and line 5's Ask waiting, that line's journal lines on a click.
    const { page, context, errors } = await signedIn(browser, server, "author", `/runs/${runId}`);
    await line(page, 5).and(page.locator(".line-waiting")).waitFor();
    expect(await line(page, 4).getAttribute("class")).toContain("line-logged");
    expect(await line(page, 5).textContent()).toContain("Ask(");
    expect(await line(page, 6).getAttribute("class")).not.toMatch(/line-(completed|logged)/);
    await line(page, 5).click();
    await page.getByTestId("journal").locator("li").filter({ hasText: "Ask (line 5) waiting" }).waitFor();
    expect(await page.getByTestId("journal").locator("li").filter({ hasText: "hello operators" }).count()).toBe(0);

    // The designer: the script's code, a compile error marked on its line, then the fix saved and published.
    await page.goto(`${server.url}/runbooks/e2e-script`);
    const code = page.getByLabel("Code of runbooks/e2e-script.csx");
    await code.fill(v1.replace('Log($"v1 answered {answer.Answer}");', 'Log($"v2 answered {answer.Answer} {missing}");'));
    await line(page, 6).and(page.locator(".line-error")).waitFor();
    expect(await page.getByTestId("validation-list").textContent()).toContain("runbooks/e2e-script.csx:6:");
    await code.fill(v1.replace("v1 answered", "v2 answered"));
    await page.getByTestId("validation-list").filter({ hasText: "Valid: ready to publish" }).waitFor();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByTestId("designer-message").filter({ hasText: "Published version 2." }).waitFor();

    // Back in the run view: move the waiting run to version 2, answer, and the new line 6 runs.
    await page.goto(`${server.url}/runs/${runId}`);
    await page.getByLabel("Version to move to").selectOption("2");
    await page.getByRole("button", { name: "Upgrade run" }).click();
    await page.getByTestId("upgraded").filter({ hasText: "Moved to version 2" }).waitFor();
    await line(page, 6).filter({ hasText: "v2 answered" }).waitFor();
    await page.getByTestId("run-question").getByRole("button", { name: "yes" }).click();
    await line(page, 6).and(page.locator(".line-logged")).waitFor();
    expect(await line(page, 5).getAttribute("class")).toContain("line-completed");
    await page.getByTestId("journal").locator("li").filter({ hasText: "v2 answered yes" }).waitFor();
    const run = await server.api<{ status: string; version: number }>("viewer", "GET", `/api/runs/${runId}`);
    expect([run.body.status, run.body.version]).toEqual(["Completed", 2]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("child runs", () => {
  it("a RunRunbook node links to its child run, and the child back to its parent", async () => {
    const child = {
      id: "e2e-child", name: "Child",
      activities: [{ id: "start", type: "Start" }, { id: "ask", type: "Ask", inputs: { Question: "Child asks", AllowedAnswers: ["ok"] } }, { id: "end", type: "End" }],
      connections: [{ from: "start", to: "ask" }, { from: "ask", outcome: "ok", to: "end" }],
    };
    const parent = {
      id: "e2e-parent", name: "Parent",
      activities: [{ id: "start", type: "Start" }, { id: "runChild", type: "RunRunbook", inputs: { DefinitionId: "e2e-child" } }, { id: "end", type: "End" }],
      connections: [{ from: "start", to: "runChild" }, { from: "runChild", to: "end" }],
    };
    for (const definition of [child, parent]) {
      const saved = await server.api("author", "PUT", `/api/runbooks/${definition.id}/draft`, definition);
      expect(saved.status, saved.text).toBe(200);
      expect((await server.api("author", "POST", `/api/runbooks/${definition.id}/publish`, {})).status).toBe(201);
    }
    const started = await server.api<{ id: string }>("operator", "POST", "/api/runs", { runbook: "e2e-parent" });
    const { page, context, errors } = await signedIn(browser, server, "viewer", `/runs/${started.body.id}`);
    await page.locator('.activity-node[data-activity-id="runChild"][data-state="waiting"]').waitFor();
    await node(page, "runChild").locator(".activity-title").click();
    await page.getByTestId("child-runs").getByRole("link", { name: "e2e-child" }).click();

    await page.locator('.activity-node[data-activity-id="ask"][data-state="waiting"]').waitFor();
    const childId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    expect(childId).not.toBe(started.body.id);
    const childRun = await server.api<{ definitionId: string; parentRunId: string }>("viewer", "GET", `/api/runs/${childId}`);
    expect([childRun.body.definitionId, childRun.body.parentRunId]).toEqual(["e2e-child", started.body.id]);
    await page.getByTestId("parent-run").getByRole("link").click();
    await page.locator('.activity-node[data-activity-id="runChild"]').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/runs/${started.body.id}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("when the server goes down", () => {
  it("the run view says so, reconnects when it is back and catches up from the journal", async () => {
    const port = await freePort();
    let first: Server | undefined = await startServer({ port });
    let second: Server | undefined;
    try {
      const definition = {
        id: "e2e-reconnect", name: "Reconnect",
        activities: [{ id: "start", type: "Start" }, { id: "ask", type: "Ask", inputs: { Question: "Continue?", AllowedAnswers: ["go"] } }, { id: "after", type: "Log", inputs: { Message: "after" } }, { id: "end", type: "End" }],
        connections: [{ from: "start", to: "ask" }, { from: "ask", outcome: "Answered", to: "after" }, { from: "after", to: "end" }],
      };
      expect((await first.api("author", "PUT", "/api/runbooks/e2e-reconnect/draft", definition)).status).toBe(200);
      expect((await first.api("author", "POST", "/api/runbooks/e2e-reconnect/publish", {})).status).toBe(201);
      const started = await first.api<{ id: string }>("operator", "POST", "/api/runs", { runbook: "e2e-reconnect" });
      const { page, context } = await signedIn(browser, first, "viewer", `/runs/${started.body.id}`);
      await page.locator('.activity-node[data-activity-id="ask"][data-state="waiting"]').waitFor({ timeout: 60_000 });
      await page.getByTestId("stream-status").filter({ hasText: "live" }).waitFor();

      await first.stop(true);
      await page.getByTestId("stream-status").filter({ hasText: "reconnecting" }).waitFor();
      second = await startServer({ port, data: first.data });
      first = undefined;
      const questions = await second.api<{ id: string; runId: string }[]>("viewer", "GET", "/api/questions");
      const question = questions.body.find((q) => q.runId === started.body.id)!;
      expect((await second.api("operator", "POST", `/api/questions/${question.id}/answer`, { answer: "go" })).status).toBe(204);

      await page.locator('[data-status="Completed"]').waitFor({ timeout: 60_000 });
      for (const id of ["start", "ask", "after", "end"]) await page.locator(`.activity-node[data-activity-id="${id}"][data-state="completed"]`).waitFor();
      await context.close();
    } finally {
      await first?.stop();
      await second?.stop();
    }
  }, 300_000); // two server starts, each allowed 120 s by the harness on a loaded machine
});
