export const terminalStatuses = new Set(["Completed", "Faulted", "Cancelled"]);

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status.toLowerCase()}`} data-status={status}>{status}</span>;
}
