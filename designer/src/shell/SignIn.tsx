import { useState } from "react";
import { useSession } from "./session";

export function SignIn() {
  const { signIn, checking, error } = useSession();
  const [key, setKey] = useState("");
  return (
    <div className="sign-in">
      <h1>VCRunbooks</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (key.trim()) void signIn(key.trim());
        }}
      >
        <label>
          API key or bearer token
          <input name="apiKey" type="password" autoComplete="off" autoFocus value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        <button type="submit" disabled={checking || !key.trim()}>
          {checking ? "Checking…" : "Sign in"}
        </button>
        {error && <p className="error" role="alert">{error}</p>}
        <p className="hint">
          The key is kept for this browser tab only. On a fresh server the admin key is printed once at start and kept in the data
          folder (admin-api-key.txt).
        </p>
      </form>
    </div>
  );
}
