import type { PlacedError } from "./validation";

export function ValidationList({ errors, checked, onPick }: { errors: PlacedError[]; checked: boolean; onPick: (activityId: string) => void }) {
  if (!checked) return null;
  return (
    <div className={`validation ${errors.length ? "has-errors" : "ok"}`} data-testid="validation-list">
      {errors.length === 0 ? (
        <span>✓ Valid: ready to publish.</span>
      ) : (
        <>
          <b>{errors.length} problem{errors.length === 1 ? "" : "s"}</b> (a draft saves anyway; publishing needs none)
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                {e.activityId ? (
                  <button type="button" className="link" onClick={() => onPick(e.activityId!)}>
                    {e.activityId}
                  </button>
                ) : (
                  <code>{e.path}</code>
                )}
                {e.field && e.activityId ? <span className="hint"> {e.field}</span> : null}: {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
