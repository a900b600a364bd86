import { lazy, Suspense } from "react";
import { CatalogProvider } from "./shell/catalog";
import { Link, match, useLocation } from "./shell/router";
import { SessionProvider, useSession } from "./shell/session";
import { SignIn } from "./shell/SignIn";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { RunbookList } from "./runbooks/RunbookList";

// The designer and run view carry the graph libraries: loaded when first opened, so the list opens fast.
const DesignerPage = lazy(() => import("./editor/DesignerPage"));
const RunView = lazy(() => import("./runs/RunView"));
const RunsList = lazy(() => import("./runs/RunsList"));
const QuestionsInbox = lazy(() => import("./runs/QuestionsInbox"));
const TargetsPage = lazy(() => import("./admin/TargetsPage"));
const SecretsPage = lazy(() => import("./admin/SecretsPage"));
const DiffPage = lazy(() => import("./editor/DiffPage"));

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { me, checking, signOut, can } = useSession();
  const { path } = useLocation();
  if (!me) return checking ? <div className="loading">Signing in…</div> : <SignIn />;
  return (
    <CatalogProvider>
      <div className="app">
        <header className="topbar">
          <span className="brand">VCRunbooks</span>
          <nav>
            <Link to="/runbooks">Runbooks</Link>
            <Link to="/runs">Runs</Link>
            <Link to="/questions">Questions</Link>
            {can("admin") && <Link to="/targets">Targets</Link>}
            {can("admin") && <Link to="/secrets">Secrets</Link>}
          </nav>
          <span className="who" data-testid="who">
            {me.name} · <b>{me.role}</b>
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </header>
        <main>
          <ErrorBoundary resetKey={path}>
            <Suspense fallback={<div className="loading">Loading…</div>}>
              <Routes />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </CatalogProvider>
  );
}

function Routes() {
  const { path, query } = useLocation();
  let m: Record<string, string> | undefined;
  if (path === "/" || path === "/runbooks") return <RunbookList />;
  if (path === "/runbooks/new") return <DesignerPage id={null} key="new" />;
  if ((m = match("/runbooks/:id/diff", path))) return <DiffPage id={m.id} from={query.get("from")} to={query.get("to")} />;
  if ((m = match("/runbooks/:id", path))) return <DesignerPage id={m.id} key={m.id} />;
  if (path === "/runs") return <RunsList />;
  if ((m = match("/runs/:id", path))) return <RunView id={m.id} key={m.id} />;
  if (path === "/questions") return <QuestionsInbox />;
  if (path === "/targets") return <TargetsPage />;
  if (path === "/secrets") return <SecretsPage />;
  return <div className="notice notice-error">No page at {path}. <Link to="/runbooks">Back to the runbooks</Link></div>;
}
