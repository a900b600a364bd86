import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";

// The designer's chunk (the graph libraries) starts loading with the page when the address is a runbook or a run,
// in parallel with signing in, instead of after it.
if (/^\/(runbooks|runs)\/./.test(location.pathname)) {
  void import("./editor/DesignerPage");
  void import("./runs/RunView");
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
