// Live context on vCenter nodes and Simulate, in real headless Chromium against a real server on the embedded default.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, launchBrowser, signedIn, startServer } from "./harness.mjs";

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

describe("live context on vCenter nodes", () => {
  it("shows the demo target's version, health and pending update on vCenter nodes and in the panel, and says when a target is unreachable", async () => {
    const { context, page, errors } = await signedIn(browser, server, "viewer", "/runbooks/patching");
    await page.getByTestId("designer").waitFor();

    // The runbook's demo target is chosen by default; every vCenter node carries its state, flow nodes do not.
    await expect.poll(() => page.getByLabel("Live context target").inputValue()).toBe("demo-patch");
    await expect.poll(() => node(page, "health").getByTestId("live-chip").textContent(), { timeout: 30_000 }).toBe("8.0.2.00100 · green · 1 update");
    expect(await node(page, "backup").getByTestId("live-chip").textContent()).toBe("8.0.2.00100 · green · 1 update");
    expect(await node(page, "start").getByTestId("live-chip").count()).toBe(0);
    expect(await node(page, "done").getByTestId("live-chip").count()).toBe(0);

    await node(page, "pending").locator(".activity-title").click();
    const panel = page.getByTestId("live-panel");
    await expect.poll(() => panel.getByTestId("live-version").textContent()).toContain("8.0.2.00100");
    expect(await panel.getByTestId("live-health").textContent()).toContain("green");
    expect(await panel.getByTestId("live-updates").textContent()).toContain("8.0.2.00200 pending");
    expect(await panel.getByTestId("live-job").textContent()).toBe("none running");

    // A target nothing answers for: the node and the panel say so, in words.
    const port = await freePort();
    const put = await server.api("admin", "PUT", "/api/targets/e2e-down", { address: "127.0.0.1", scheme: "http", apiPort: port, managementPort: port, hostHeader: "vcsa-down.lab.local", ssoPasswordSecret: "demo-sso-password" });
    expect(put.status).toBe(201);
    await page.reload();
    await page.getByTestId("designer").waitFor();
    await page.getByLabel("Live context target").selectOption("e2e-down");
    await expect.poll(() => node(page, "health").getByTestId("live-chip").textContent(), { timeout: 30_000 }).toBe("unreachable");
    await node(page, "health").locator(".activity-title").click();
    await expect.poll(() => page.getByTestId("live-message").textContent()).toContain("vcsa-down.lab.local could not be reached");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("simulate", () => {
  it("simulates patching with red health: the run view shows a simulation that stopped at the health gate, with the nodes it never reached dimmed", async () => {
    const { context, page, errors } = await signedIn(browser, server, "operator", "/runbooks/patching");
    await page.getByTestId("designer").waitFor();
    await page.getByRole("button", { name: "Simulate…" }).click();
    const dialog = page.getByTestId("simulate");
    await dialog.getByLabel("Red health").check();
    await dialog.getByRole("button", { name: "Simulate" }).click();

    await page.getByTestId("run-view").waitFor();
    await expect.poll(() => page.getByTestId("simulation-banner").textContent()).toContain("no real vCenter is touched");
    await node(page, "unhealthy").locator(".activity-node[data-state='faulted']").waitFor({ timeout: 60_000 });
    await node(page, "health").locator(".activity-node[data-state='completed']").waitFor();
    await node(page, "backup").locator(".activity-node[data-state='skipped']").waitFor();
    expect(await node(page, "backup").getByTestId("run-state").textContent()).toContain("not reached");
    await expect.poll(() => page.locator(".notice-error").first().textContent()).toContain("Not patching: health is");
    // The live chip reads the simulation's own appliance: red.
    await expect.poll(() => node(page, "health").getByTestId("live-chip").textContent(), { timeout: 30_000 }).toContain("red");

    const runId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const run = await server.api("viewer", "GET", `/api/runs/${runId}`);
    expect(run.body.status).toBe("Faulted");
    expect(run.body.inputs.target).toMatch(/^simulation~/);
    // The demo target the runbook is meant for was never touched.
    const demo = await server.api("viewer", "GET", "/api/runs?target=demo-patch");
    expect(demo.body).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
