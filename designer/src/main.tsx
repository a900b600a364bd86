import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prefetch } from "./api/client";
import { App } from "./App";
import "./styles.css";

// The designer's (or run view's) chunk, with the graph libraries, starts loading with the page when the address is a
// runbook (or a run),
// in parallel with signing in, instead of after it.
// What that view reads was asked for by index.html as the page started (with the key of this tab), not after the
// sign-in check: the answers arrive while the scripts load. The reads are the same the views make: none twice.
const runbook = /^\/runbooks\/([^/]+)$/.exec(location.pathname);
const run = /^\/runs\/([^/]+)$/.exec(location.pathname);
if (runbook) void import("./editor/DesignerPage");
if (run) void import("./runs/RunView");
prefetch(["/api/me", "/api/activities"]);
if (runbook && runbook[1] !== "new") prefetch([`/api/runbooks/${runbook[1]}/versions`, `/api/runbooks/${runbook[1]}`, `/api/runbooks/${runbook[1]}/draft`]);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
