import { useEffect, useRef, useState } from 'preact/hooks';
import { axisTicks, gapRuns, overlaps, periodLabel, placeTicks, spanLabel, spanOf, type Bin, type Span } from '../../core/timeline';
import { useWidth } from './use-width';

interface DensityChartProps {
  bins: Bin[];
  span?: Span;
  /** The article's publication day: a line marks it, bars after it are drawn apart. */
  published?: string;
  onSpan(span: Span | undefined): void;
  /** One row per ticked name, its events in the same bins: when each was in the news. */
  lanes?: Array<{ title: string; counts: number[] }>;
}

/** One name's bars in the chart's bins, scaled to its own busiest period. */
function Lane({ title, counts, published }: { title: string; counts: number[]; published?: number }) {
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  const d = counts.map((c, i) => (c ? `M${i},20V${20 - Math.max(3, (c / max) * 20)}h1V20z` : '')).join('');
  return (
    <li class="lane">
      <span class="lane-name" title={title}>{title}</span>
      <svg class="lane-svg" viewBox={`0 0 ${counts.length} 20`} preserveAspectRatio="none" role="img" aria-label={`${title}: ${plural(total, 'event')}`}>
        <path d={d} />
        {/* The article's day, as on the chart above: the reader sees which name's news came after it. */}
        {published !== undefined && <line class="chart-published" x1={published} x2={published} y1={0} y2={20} vector-effect="non-scaling-stroke" />}
      </svg>
    </li>
  );
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Where a day falls along the bins (fractional index), for the publication line. */
function dayPosition(bins: Bin[], day: string): number | undefined {
  if (!bins.length) return undefined;
  const len = bins[0].period.length;
  const key = day.slice(0, len);
  const i = bins.findIndex((b) => b.period === key);
  if (i < 0) return key < bins[0].period ? 0 : key > bins[bins.length - 1].period ? bins.length : undefined;
  const fraction = len === 4 ? (Number(day.slice(5, 7)) - 1) / 12 + Number(day.slice(8, 10)) / 372 : len === 7 ? Number(day.slice(8, 10)) / 31 : 1;
  return i + fraction;
}

/**
 * Events per period as bars; a period the data has nothing for is a striped band, named under the chart, not an
 * empty slot that would read as a quiet time. Drag across it (or Shift+arrows) to pick a period; click a bar (or Enter) for
 * one period; Escape clears. Arrows move a cursor that says its period and count.
 */
export function DensityChart({ bins, span, published, onSpan, lanes = [] }: DensityChartProps) {
  const svg = useRef<SVGSVGElement>(null);
  const axis = useRef<HTMLDivElement>(null);
  const axisWidth = useWidth(axis);
  const [drag, setDrag] = useState<{ a: number; b: number }>();
  const [cursor, setCursor] = useState(bins.length - 1);
  const anchor = useRef<number>();
  useEffect(() => setCursor((c) => Math.min(Math.max(0, c), bins.length - 1)), [bins.length]);

  if (!bins.length) return null;
  const n = bins.length;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const gap = n > 120 ? 0 : 0.12;
  const bars = (after: boolean) =>
    bins
      .map((b, i) => {
        if (!b.count || (!!published && (b.period > published.slice(0, b.period.length)) !== after)) return '';
        const h = Math.max(4, (b.count / max) * 100);
        return `M${i + gap},100V${100 - h}h${1 - 2 * gap}V100z`;
      })
      .join('');
  const at = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * n)));
  };
  const selected = drag ? { from: Math.min(drag.a, drag.b), to: Math.max(drag.a, drag.b) } : span && rangeOf(bins, span);
  const pub = published ? dayPosition(bins, published) : undefined;
  const gaps = gapRuns(bins);
  const c = bins[Math.min(cursor, n - 1)] ?? bins[0];
  const valueText = `${periodLabel(c.period)}: ${c.gap ? 'no data' : plural(c.count, 'event')}${span ? `; picked ${spanLabel(span)}` : ''}`;

  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -Math.ceil(n / 10), PageUp: Math.ceil(n / 10), Home: -n, End: n };
    if (e.key in step) {
      e.preventDefault();
      e.stopPropagation();
      const next = Math.min(n - 1, Math.max(0, cursor + step[e.key]));
      if (e.shiftKey) {
        anchor.current ??= cursor;
        onSpan(spanOf(bins[anchor.current].period, bins[next].period));
      } else anchor.current = undefined;
      setCursor(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      anchor.current = undefined;
      onSpan({ from: c.period, to: c.period });
    } else if (e.key === 'Escape' && span) {
      e.stopPropagation();
      anchor.current = undefined;
      onSpan(undefined);
    }
  };

  return (
    <section class="chart" aria-label="Events over time">
      <div
        class="chart-plot"
        role="slider"
        tabIndex={0}
        aria-label="Events over time: drag or use Shift+arrows to pick a period, Enter picks one, Escape clears"
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={cursor}
        aria-valuetext={valueText}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          const i = at(e.clientX);
          setDrag({ a: i, b: i });
          setCursor(i);
        }}
        onPointerMove={(e) => drag && setDrag({ a: drag.a, b: at(e.clientX) })}
        onPointerUp={() => {
          if (!drag) return;
          onSpan(spanOf(bins[drag.a].period, bins[drag.b].period));
          setCursor(drag.b);
          setDrag(undefined);
        }}
        onPointerCancel={() => setDrag(undefined)}
      >
      <svg ref={svg} class="chart-svg" viewBox={`0 0 ${n} 100`} preserveAspectRatio="none" aria-hidden="true">
        <defs>
          {/* Horizontal stripes: the plot is stretched to any width, and only horizontal lines stay even. */}
          <pattern id="chart-gap-stripes" patternUnits="userSpaceOnUse" width={n} height={8}>
            <rect class="chart-gap-stripe" x={0} y={0} width={n} height={3} />
          </pattern>
        </defs>
        {gaps.map((g) => {
          const from = bins.findIndex((b) => b.period === g.from);
          const to = bins.findIndex((b) => b.period === g.to);
          return <rect key={g.from} class="chart-gap" x={from} y={0} width={to - from + 1} height={100} fill="url(#chart-gap-stripes)" />;
        })}
        {selected && <rect class="chart-pick" x={selected.from} y={0} width={selected.to - selected.from + 1} height={100} />}
        <path class="chart-bar" d={bars(false)} />
        {published && <path class="chart-bar after" d={bars(true)} />}
        {pub !== undefined && <line class="chart-published" x1={pub} x2={pub} y1={0} y2={100} vector-effect="non-scaling-stroke" />}
        <rect class="chart-cursor" x={cursor} y={0} width={1} height={100} vector-effect="non-scaling-stroke" />
      </svg>
      </div>
      <div class="chart-ticks" ref={axis} aria-hidden="true">
        {placeTicks(axisTicks(bins), axisWidth).map((t) => (
          // A tick near the right edge hangs its label to the left of its mark, so it is not cut off.
          <span key={t.label} class={`chart-tick${t.end ? ' end' : ''}`} style={{ left: `${t.at * 100}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      {lanes.length > 0 && (
        <ul class="lanes" aria-label="When each ticked name was in the news">
          {lanes.map((l) => <Lane key={l.title} title={l.title} counts={l.counts} published={pub} />)}
        </ul>
      )}
      <div class="chart-axis" aria-hidden="true">
        {/* The ends in short months: the middle keeps its room for the period under the cursor. */}
        <span>{periodLabel(bins[0].period, true)}</span>
        <span class="chart-now">{drag ? spanLabel(spanOf(bins[drag.a].period, bins[drag.b].period)) : valueText}</span>
        <span>{periodLabel(bins[n - 1].period, true)}</span>
      </div>
      {gaps.length > 0 && (
        <p class="chart-gaps">
          <span class="chart-gap-key" aria-hidden="true" /> No data: {gaps.map(spanLabel).join(', ')}
        </p>
      )}
    </section>
  );
}

/** The bins a span covers, as indexes. */
function rangeOf(bins: Bin[], span: Span): { from: number; to: number } | undefined {
  let from = -1;
  let to = -1;
  bins.forEach((b, i) => {
    if (overlaps(b.period, span)) {
      if (from < 0) from = i;
      to = i;
    }
  });
  return from < 0 ? undefined : { from, to };
}
