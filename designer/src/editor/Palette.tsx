// The activity palette: the catalog grouped by category, searchable; drag an activity onto the canvas.
import { useMemo, useState } from "react";
import type { ActivityDescriptor } from "../api/types";

export const DRAG_TYPE = "application/vcrunbooks-activity";

export function Palette({ activities, onAdd }: { activities: ActivityDescriptor[]; onAdd: (type: string) => void }) {
  const [search, setSearch] = useState("");
  const groups = useMemo(() => {
    const q = search.trim().toLowerCase();
    const shown = activities.filter((a) => !q || `${a.type} ${a.category} ${a.description}`.toLowerCase().includes(q));
    const byCategory = new Map<string, ActivityDescriptor[]>();
    for (const a of shown) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a]);
    return [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [activities, search]);
  return (
    <aside className="palette" aria-label="Activities">
      <input type="search" placeholder="Search activities" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Search activities" />
      {groups.length === 0 && <p className="hint">No activity matches “{search}”.</p>}
      {groups.map(([category, items]) => (
        <section key={category}>
          <h4>{category}</h4>
          {items.map((a) => (
            <div
              key={a.type}
              className="palette-item"
              draggable
              data-activity-type={a.type}
              title={`${a.description}\nDrag onto the canvas, or double-click to add.`}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, a.type);
                e.dataTransfer.effectAllowed = "copy";
              }}
              onDoubleClick={() => onAdd(a.type)}
            >
              {a.type}
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
}
