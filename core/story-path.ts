/**
 * An event's story chain on one line, broadest first. With more than two steps the middle ones give way to "…": the
 * narrowest story says most about the event, and a line cut at its end would lose exactly that. The whole chain is
 * then the `title`, for a tooltip (none when the line is the whole chain).
 */
export function storyPath(topics: readonly string[]): { text: string; title?: string } {
  const full = topics.join(' › ');
  return topics.length > 2 ? { text: `${topics[0]} › … › ${topics[topics.length - 1]}`, title: full } : { text: full };
}
