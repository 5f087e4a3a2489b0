const titleOf = (y: { period: string; count: number; gap?: boolean }) => `${y.period}: ${y.gap ? 'no data' : `${y.count} event${y.count === 1 ? '' : 's'}`}`;

/**
 * A compact per-year bar strip: how an entity's events spread over time. A year the data has nothing for is drawn
 * hatched, full height, and labelled "no data": it is a hole in the data, not a quiet year.
 */
export function DensityStrip({ years }: { years: Array<{ period: string; count: number; gap?: boolean }> }) {
  if (!years.length) return null;
  const max = Math.max(1, ...years.map((y) => y.count));
  const peak = years.reduce((a, b) => (b.count > a.count ? b : a));
  const gaps = years.filter((y) => y.gap).map((y) => y.period);
  const label = `Events per year, ${years[0].period} to ${years[years.length - 1].period}; most in ${peak.period} (${peak.count})${gaps.length ? `; no data for ${gaps.join(', ')}` : ''}.`;
  return (
    // A div with the role of an image (a <figure> may not take that role): one label for the whole strip.
    <div class="strip" aria-label={label} role="img">
      <div class="bars">
        {years.map((y) => (
          <span key={y.period} class={y.gap ? 'bar gap' : y.count ? 'bar' : 'bar empty'} title={titleOf(y)} style={{ height: y.gap ? '100%' : `${Math.max(y.count ? 12 : 4, (y.count / max) * 100)}%` }} />
        ))}
      </div>
      <div class="strip-axis" aria-hidden="true">
        <span>{years[0].period}</span>
        {years.length > 1 && <span>{years[years.length - 1].period}</span>}
      </div>
    </div>
  );
}
