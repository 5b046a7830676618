import { useState } from "react";
import { ApiError } from "../../api-client";

/** What an administration page needs around a write: busy while it runs, the error it gave, a conflict flag. */
export interface AdminAction {
  busy: boolean;
  error?: Error;
  /** True after a write lost to someone else's change (409 concurrent_update); the page reloads then. */
  conflict: boolean;
  run(action: () => Promise<void>, onConflict?: () => void): Promise<boolean>;
  clear(): void;
}

/** Runs one write at a time, keeping its error (the server's message, shown by the page); a lost eTag race also reloads. */
export function useAdminAction(): AdminAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [conflict, setConflict] = useState(false);
  const run = async (action: () => Promise<void>, onConflict?: () => void) => {
    setBusy(true);
    setError(undefined);
    setConflict(false);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e as Error);
      if (e instanceof ApiError && e.code === "concurrent_update") {
        setConflict(true);
        onConflict?.();
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, conflict, run, clear: () => { setError(undefined); setConflict(false); } };
}
