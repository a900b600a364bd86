// Expression completions in real headless Chromium against a real server on the embedded default.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signedIn, startServer } from "./harness.mjs";

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

const options = (page: Page) => page.getByTestId("completions").getByRole("option");
const selectedOption = (page: Page) => page.getByTestId("completions").locator('[aria-selected="true"]');

describe("expression completions", () => {
  it("completes an input, an earlier output and a string method from the keyboard, and the runbook then validates and publishes", async () => {
    // A draft whose Log message is an expression that does not compile yet.
    const definition = {
      id: "e2e-complete",
      name: "Completion",
      inputs: [{ name: "target", type: "string", required: true }],
      activities: [
        { id: "start", type: "Start" },
        { id: "login", type: "CreateSession", inputs: { Target: { expr: "Inputs.target" } } },
        { id: "log", type: "Log", inputs: { Message: { expr: "Sess" } } },
        { id: "end", type: "End" },
      ],
      connections: [{ from: "start", to: "login" }, { from: "login", to: "log" }, { from: "log", to: "end" }],
    };
    const saved = await server.api("author", "PUT", "/api/runbooks/e2e-complete/draft", definition);
    expect(saved.body.valid).toBe(false);

    const { context, page, errors } = await signedIn(browser, server, "author", "/runbooks/e2e-complete");
    await page.getByTestId("validation-list").filter({ hasText: "1 problem" }).waitFor();
    await page.locator('.react-flow__node[data-id="log"] .activity-title').click();
    const area = page.getByTestId("activity-properties").getByRole("textbox", { name: "Message expression", exact: true });
    await area.click();
    await area.press("End");

    // Ctrl+Space on "Sess": the login activity's Session output, typed from the catalog; Enter takes it.
    await area.press("Control+Space");
    await expect.poll(() => selectedOption(page).getAttribute("data-label")).toBe('Output<string>("login", "Session")');
    await area.press("Enter");
    await expect.poll(() => area.inputValue()).toBe('Output<string>("login", "Session")');
    expect(await page.getByTestId("completions").count()).toBe(0);

    // A dot lists string's members (from the server's surface of what the code guard allows); typing narrows;
    // the arrow moves to the second; Tab takes it.
    await area.pressSequentially(".ToUpp");
    await expect.poll(async () => (await options(page).all()).length).toBe(2);
    expect(await options(page).nth(0).getAttribute("data-label")).toBe("ToUpper");
    await area.press("ArrowDown");
    expect(await selectedOption(page).getAttribute("data-label")).toBe("ToUpperInvariant");
    await area.press("Tab");
    await expect.poll(() => area.inputValue()).toBe('Output<string>("login", "Session").ToUpperInvariant()');

    // "Inputs." lists the runbook's inputs; Esc closes the list and leaves the text as typed.
    await area.pressSequentially(' + " on " + Inputs.');
    await options(page).filter({ hasText: "target" }).waitFor();
    await area.press("Escape");
    expect(await page.getByTestId("completions").count()).toBe(0);
    await area.press("Control+Space");
    await area.press("Enter");
    await expect.poll(() => area.inputValue()).toBe('Output<string>("login", "Session").ToUpperInvariant() + " on " + Inputs.target');

    // Leaving the field commits the expression: the runbook now validates, and publishes.
    await area.blur();
    await page.getByTestId("validation-list").filter({ hasText: "Valid: ready to publish" }).waitFor();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByTestId("designer-message").filter({ hasText: "Published version 1." }).waitFor();
    const published = await server.api("viewer", "GET", "/api/runbooks/e2e-complete");
    expect(published.body.activities[2].inputs.Message.expr).toBe('Output<string>("login", "Session").ToUpperInvariant() + " on " + Inputs.target');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("completes the script API and the allowed helpers in the script editor", async () => {
    const code = ["// id: e2e-complete-script", "// name: Completion in a script", 'var who = Input<string>("who", "Whom to greet.", "operators");', ""].join("\n");
    const saved = await server.api("author", "PUT", "/api/runbooks/e2e-complete-script/draft", { script: { file: "runbooks/e2e-complete-script.csx", code } });
    expect(saved.status, saved.text).toBe(200);

    const { context, page, errors } = await signedIn(browser, server, "author", "/runbooks/e2e-complete-script");
    const area = page.getByRole("textbox", { name: "Code of runbooks/e2e-complete-script.csx", exact: true });
    await area.click();
    await area.press("Control+End");
    // A catalog activity as an awaitable method, with its parameters in the detail; Enter puts the caret inside.
    await area.pressSequentially("await Dela");
    await area.press("Control+Space");
    await expect.poll(() => selectedOption(page).getAttribute("data-label")).toBe("Delay");
    await area.press("Enter");
    // TimeSpan's static members after the dot, narrowed as typed; Tab takes the one chosen.
    await area.pressSequentially("TimeSpan.FromSec");
    await expect.poll(() => selectedOption(page).getAttribute("data-label")).toBe("FromSeconds");
    await area.press("Tab");
    await area.pressSequentially("1");
    await area.press("End");
    await area.pressSequentially(";");
    await expect.poll(() => area.inputValue()).toBe(code + "await Delay(TimeSpan.FromSeconds(1));");
    await page.getByTestId("validation-list").filter({ hasText: "Valid: ready to publish" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
