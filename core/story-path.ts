/**
 * An event's story chain on one line, broadest first. With more than two steps the middle ones give way to "…": the
 * narrowest story says most about the event, and a line cut at its end would lose exactly that. The whole chain
 * stays in `full`, for a tooltip.
 */
export function storyPath(topics: readonly string[]): { short: string; full: string } {
  const full = topics.join(' › ');
  const short = topics.length > 2 ? `${topics[0]} › … › ${topics[topics.length - 1]}` : full;
  return { short, full };
}
