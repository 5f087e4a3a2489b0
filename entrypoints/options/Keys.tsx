import { useEffect, useState } from 'preact/hooks';
import browser from '../../utils/browser';

/** The manifest's command that opens the timeline (Firefox opens its sidebar through the built-in one). */
const TIMELINE_COMMANDS = ['open-timeline', '_execute_sidebar_action'];

/**
 * The keys Backstory answers to. The timeline's shortcut is a browser command the reader may have changed or
 * cleared (chrome://extensions/shortcuts, about:addons), so it is read, not assumed.
 */
export function Keys() {
  const [timelineKey, setTimelineKey] = useState<string | null>();
  useEffect(() => {
    let live = true;
    browser.commands
      .getAll()
      .then((all) => live && setTimelineKey(all.find((c) => c.name && TIMELINE_COMMANDS.includes(c.name))?.shortcut || null))
      .catch(() => live && setTimelineKey(null));
    return () => void (live = false);
  }, []);
  return (
    <section class="card" aria-labelledby="keys-title">
      <h2 id="keys-title">Keyboard</h2>
      <p class="keys">
        <kbd>Alt+Shift+J</kbd> / <kbd>Alt+Shift+K</kbd> step through the names marked on a page
      </p>
      {timelineKey !== undefined && (
        <p class="keys">
          {timelineKey ? <kbd>{timelineKey}</kbd> : 'No shortcut set'} opens the timeline of the page
          {!timelineKey && ' (the browser’s extension shortcuts page can set one)'}
        </p>
      )}
    </section>
  );
}
