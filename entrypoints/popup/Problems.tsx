/** The parts of the query that were not understood (a date filter that is not a date), if any. */
export function Problems({ problems }: { problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <ul class="problems" aria-label="Not understood">
      {problems.map((p) => <li key={p}>{p}</li>)}
    </ul>
  );
}
