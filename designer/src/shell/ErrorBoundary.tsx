// A view that fails to render shows what happened and a way back, never a blank page.
import { Component, type ReactNode } from "react";

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: unknown }, { error: Error | null; key?: unknown }> {
  state: { error: Error | null; key?: unknown } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { error: Error | null; key?: unknown }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        This view failed: {this.state.error.message}. Unsaved designer edits are kept in this browser.{" "}
        <a href="/runbooks">Back to the runbooks</a>
      </div>
    );
  }
}
