// Geometry checks of a laid-out SOP (issue 4 §7): symbols never overlap, arrows never cross a symbol
// or a cell's text, every arrow starts and ends on a symbol or connector, every arrow crossing a page
// has its pair of connectors, every row lies inside the page. Returns the problems found.

import type { SopDocument } from '../../../shared/model';
import { flowEdges } from '../../../shared/layout/graph';
import type {
  ArrowPrimitive,
  Box,
  LayoutSettings,
  Page,
  Point,
  SopLayout,
  SymbolPrimitive,
  TextPrimitive,
} from '../../../shared/layout';

/** Is p inside the shape grown by `margin` (negative margin shrinks)? */
export function insideShape(p: Point, s: SymbolPrimitive, margin: number): boolean {
  const { x, y, width: w, height: h } = s.box;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (s.shape === 'decision') {
    const a = w / 2 + margin;
    const b = h / 2 + margin;
    return a > 0 && b > 0 && Math.abs(p.x - cx) / a + Math.abs(p.y - cy) / b < 1;
  }
  if (s.shape === 'terminator') {
    const r = h / 2;
    const px = Math.min(Math.max(p.x, x + r), x + w - r);
    return Math.hypot(p.x - px, p.y - cy) < r + margin;
  }
  return p.x > x - margin && p.x < x + w + margin && p.y > y - margin && p.y < y + h + margin;
}

function insideBox(p: Point, b: Box): boolean {
  return p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;
}

function samples(points: Point[], step = 0.5): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= n; k++)
      out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

function boxesOverlap(a: Box, b: Box, tolerance: number): boolean {
  return (
    a.x + tolerance < b.x + b.width &&
    b.x + tolerance < a.x + a.width &&
    a.y + tolerance < b.y + b.height &&
    b.y + tolerance < a.y + a.height
  );
}

type Segment = { a: Point; b: Point };

function segments(arrow: ArrowPrimitive): Segment[] {
  return arrow.points.slice(1).map((b, i) => ({ a: arrow.points[i] as Point, b }));
}

/** Length along which two axis-parallel segments lie on top of each other. */
function collinearOverlap(s: Segment, t: Segment): number {
  const sv = Math.abs(s.a.x - s.b.x) < 0.01;
  const tv = Math.abs(t.a.x - t.b.x) < 0.01;
  if (sv !== tv) return 0;
  if (sv) {
    if (Math.abs(s.a.x - t.a.x) > 0.5) return 0;
    const lo = Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y));
    const hi = Math.min(Math.max(s.a.y, s.b.y), Math.max(t.a.y, t.b.y));
    return hi - lo;
  }
  if (Math.abs(s.a.y - t.a.y) > 0.5) return 0;
  const lo = Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x));
  const hi = Math.min(Math.max(s.a.x, s.b.x), Math.max(t.a.x, t.b.x));
  return hi - lo;
}

function onOutline(p: Point, s: SymbolPrimitive): boolean {
  return insideShape(p, s, 0.6) && !insideShape(p, s, -0.6);
}

function checkPage(page: Page, pageNo: number, problems: string[]): void {
  const where = `halaman ${pageNo}`;
  const symbols = page.primitives.filter((p): p is SymbolPrimitive => p.kind === 'symbol');
  const arrows = page.primitives.filter(
    (p): p is ArrowPrimitive => p.kind === 'arrow' && p.from.kind !== 'legend',
  );
  symbols.forEach((s, i) => {
    for (const t of symbols.slice(i + 1)) {
      if (boxesOverlap(s.box, t.box, 0.1))
        problems.push(`${where}: simbol ${s.stepId ?? s.label} menimpa ${t.stepId ?? t.label}`);
    }
  });
  const texts = page.rows.flatMap((r) => r.textBoxes);
  // Exit labels (Ya/Tidak) must be readable: no arrow through them, no symbol over them.
  const exitLabels = page.primitives.filter(
    (p): p is TextPrimitive => p.kind === 'text' && p.role === 'exit-label',
  );
  for (const label of exitLabels) {
    const inner = {
      x: label.box.x + 0.8,
      y: label.box.y + 1,
      width: label.box.width - 1.6,
      height: label.box.height - 2,
    };
    if (arrows.some((a) => samples(a.points).some((p) => insideBox(p, inner)))) {
      problems.push(`${where}: label ${label.lines[0]} dilewati panah`);
    }
    if (symbols.some((s) => boxesOverlap(s.box, inner, 0)))
      problems.push(`${where}: label ${label.lines[0]} tertutup simbol`);
  }
  arrows.forEach((arrow, i) => {
    const name = `${where}: panah ${JSON.stringify(arrow.from)}→${JSON.stringify(arrow.to)}`;
    for (const p of samples(arrow.points)) {
      const hit = symbols.find((s) => insideShape(p, s, -0.4));
      if (hit) {
        problems.push(`${name} melewati simbol ${hit.stepId ?? hit.label}`);
        break;
      }
      if (texts.some((t) => insideBox(p, t))) {
        problems.push(`${name} melewati teks sel`);
        break;
      }
    }
    const endOk = (p: Point | undefined, end: ArrowPrimitive['from']): boolean =>
      p !== undefined &&
      symbols.some(
        (s) =>
          (end.kind === 'step'
            ? s.stepId === end.stepId
            : end.kind === 'connector' && s.shape === 'connector' && s.label === end.label) &&
          onOutline(p, s),
      );
    if (!endOk(arrow.points[0], arrow.from)) problems.push(`${name} tidak berawal pada simbolnya`);
    if (!endOk(arrow.points[arrow.points.length - 1], arrow.to))
      problems.push(`${name} tidak berakhir pada simbolnya`);
    for (const other of arrows.slice(i + 1)) {
      for (const s of segments(arrow)) {
        for (const t of segments(other)) {
          if (collinearOverlap(s, t) > 0.5) problems.push(`${name} bertumpuk dengan panah lain`);
        }
      }
    }
  });
}

export function checkLayout(
  doc: SopDocument,
  layout: SopLayout,
  settings: LayoutSettings,
): string[] {
  const problems: string[] = [];
  const flowPages = layout.pages.filter((p) => p.kind === 'flowchart');
  layout.pages.forEach((page, i) => {
    const { margins } = settings;
    for (const row of page.rows) {
      if (
        row.box.y < margins.top - 0.01 ||
        row.box.y + row.box.height > page.height - margins.bottom + 0.01
      ) {
        problems.push(`halaman ${i + 1}: baris ${row.stepId} keluar halaman`);
      }
    }
    if (page.table && page.table.y + page.table.height > page.height - margins.bottom + 0.01) {
      problems.push(`halaman ${i + 1}: tabel keluar halaman`);
    }
    for (const p of page.primitives) {
      if (p.kind !== 'text' && p.kind !== 'rect' && p.kind !== 'symbol') continue;
      const b = p.box;
      if (
        b.x < -0.01 ||
        b.y < -0.01 ||
        b.x + b.width > page.width + 0.01 ||
        b.y + b.height > page.height + 0.01
      ) {
        problems.push(`halaman ${i + 1}: ${p.kind} di luar kertas`);
      }
    }
    if (page.kind === 'flowchart') checkPage(page, i + 1, problems);
  });
  // Every step is placed once, in order, and every page crossing has its connector pair.
  const placed = flowPages.flatMap((p) => p.rows.map((r) => r.stepId));
  if (placed.join() !== doc.steps.map((s) => s.id).join())
    problems.push('langkah hilang atau tidak berurutan');
  const pageOf = new Map<string, number>();
  flowPages.forEach((p, i) => p.rows.forEach((r) => pageOf.set(r.stepId, i)));
  const edges = flowEdges(doc);
  const crossing = edges.filter(
    (e) => pageOf.get(doc.steps[e.from]?.id ?? '') !== pageOf.get(doc.steps[e.to]?.id ?? ''),
  );
  const arrows = flowPages.flatMap((p) =>
    p.primitives.filter((x): x is ArrowPrimitive => x.kind === 'arrow' && x.from.kind !== 'legend'),
  );
  const intoConnector = arrows.filter((a) => a.to.kind === 'connector');
  const fromConnector = arrows.filter((a) => a.from.kind === 'connector');
  if (intoConnector.length !== crossing.length || fromConnector.length !== crossing.length) {
    problems.push(
      `${crossing.length} panah lintas halaman, tetapi ${intoConnector.length}/${fromConnector.length} penghubung`,
    );
  }
  if (arrows.length !== edges.length + crossing.length) {
    problems.push(`${edges.length} alur, tetapi ${arrows.length} panah`);
  }
  const labels = (list: ArrowPrimitive[], end: 'from' | 'to'): string =>
    list
      .map((a) => (a[end].kind === 'connector' ? (a[end] as { label: string }).label : ''))
      .sort()
      .join();
  if (labels(intoConnector, 'to') !== labels(fromConnector, 'from'))
    problems.push('pasangan penghubung tidak cocok');
  return problems;
}
