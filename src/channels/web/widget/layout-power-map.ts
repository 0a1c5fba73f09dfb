/**
 * Lays a power map out as a tree of reporting lines: an edge `from -> to` means `from` reports to `to`,
 * so `to` sits one layer above. Deterministic (same input, same picture): roots and siblings are ordered
 * by id, a contact with several managers keeps the first by id, and reporting cycles are broken at the
 * smallest id so every contact is placed exactly once. Leaves take consecutive slots; a manager is
 * centred over its reports.
 */
export type LayoutInput = { contacts: { id: string }[]; edges: { from: string; to: string }[] };
export type LaidOutNode = { id: string; depth: number; slot: number; x: number; y: number };
export type PowerMapLayout = {
  nodes: LaidOutNode[];
  links: { from: string; to: string }[];
  width: number;
  height: number;
  slots: number;
  depth: number;
};

export type LayoutOptions = { slotWidth?: number; layerHeight?: number; padX?: number; padY?: number };

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function managerOf(input: LayoutInput): Map<string, string> {
  const ids = new Set(input.contacts.map((c) => c.id));
  const manager = new Map<string, string>();
  const edges = input.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)
    .sort((a, b) => byId(a.from, b.from) || byId(a.to, b.to));
  for (const e of edges) if (!manager.has(e.from)) manager.set(e.from, e.to);
  return manager;
}

/** Who sits at the top: contacts without a manager, then the smallest id of any cycle left unreached. */
function buildForest(ids: string[], manager: Map<string, string>) {
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  const roots: string[] = [];
  const placed = new Set<string>();
  const visit = (root: string) => {
    const stack = [root];
    placed.add(root);
    while (stack.length) {
      const id = stack.pop()!;
      for (const child of ids) {
        if (manager.get(child) === id && !placed.has(child)) {
          placed.add(child);
          children.get(id)!.push(child);
          stack.push(child);
        }
      }
    }
  };
  const root = (id: string) => {
    roots.push(id);
    visit(id);
  };
  for (const id of ids) if (!manager.has(id)) root(id);
  for (const id of ids) if (!placed.has(id)) root(id);
  for (const list of children.values()) list.sort(byId);
  roots.sort(byId);
  return { roots, children };
}

export function layoutPowerMap(input: LayoutInput, options: LayoutOptions = {}): PowerMapLayout {
  const { slotWidth = 120, layerHeight = 110, padX = 16, padY = 40 } = options;
  const ids = [...new Set(input.contacts.map((c) => c.id))].sort(byId);
  const manager = managerOf(input);
  const { roots, children } = buildForest(ids, manager);
  const nodes = new Map<string, LaidOutNode>();
  let nextSlot = 0;
  let maxDepth = 0;
  const place = (id: string, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    const kids = children.get(id)!;
    const slot = kids.length === 0 ? nextSlot++ : mean(kids.map((k) => place(k, depth + 1)));
    nodes.set(id, { id, depth, slot, x: 0, y: 0 });
    return slot;
  };
  for (const root of roots) place(root, 0);
  const slots = Math.max(nextSlot, 1);
  for (const n of nodes.values()) {
    n.x = padX + (n.slot + 0.5) * slotWidth;
    n.y = padY + n.depth * layerHeight;
  }
  const links = [...nodes.keys()]
    .filter((id) => manager.has(id) && children.get(manager.get(id)!)!.includes(id))
    .map((id) => ({ from: id, to: manager.get(id)! }));
  return {
    nodes: ids.map((id) => nodes.get(id)!),
    links,
    width: padX * 2 + slots * slotWidth,
    height: padY * 2 + maxDepth * layerHeight + 40,
    slots,
    depth: maxDepth,
  };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
