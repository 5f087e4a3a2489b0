/** A compact per-year bar strip: how an entity's events spread over time. */
export function DensityStrip({ years }: { years: Array<{ period: string; count: number }> }) {
  if (!years.length) return null;
  const max = Math.max(1, ...years.map((y) => y.count));
  const peak = years.reduce((a, b) => (b.count > a.count ? b : a));
  const label = `Events per year, ${years[0].period} to ${years[years.length - 1].period}; most in ${peak.period} (${peak.count}).`;
  return (
    <figure class="strip" aria-label={label} role="img">
      <div class="bars">
        {years.map((y) => (
          <span key={y.period} class={y.count ? 'bar' : 'bar empty'} title={`${y.period}: ${y.count} event${y.count === 1 ? '' : 's'}`} style={{ height: `${Math.max(y.count ? 12 : 4, (y.count / max) * 100)}%` }} />
        ))}
      </div>
      <figcaption class="strip-axis">
        <span>{years[0].period}</span>
        {years.length > 1 && <span>{years[years.length - 1].period}</span>}
      </figcaption>
    </figure>
  );
}
