// Errors and notices shown in place of (or above) a view: never a blank page.
import { ApiError } from "../api/client";

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const auth = error instanceof ApiError && error.isAuth;
  return (
    <div className={auth ? "notice notice-auth" : "notice notice-error"} role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
