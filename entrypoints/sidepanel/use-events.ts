import { useEffect, useState } from 'preact/hooks';
import type { NewsEvent } from '../../core/types';
import { request } from '../../messaging/transport';

/**
 * The merged events of `titles`, asked again when the names change; undefined while they are looked up, and
 * while there are no names yet because the page is still `waiting` to be read.
 */
export function useEvents(titles: string[], waiting: boolean): NewsEvent[] | undefined {
  const [events, setEvents] = useState<NewsEvent[]>();
  const titlesKey = titles.join('\n');
  useEffect(() => {
    if (!titles.length) return setEvents(waiting ? undefined : []);
    let live = true;
    void request('timeline', { titles }).then((r) => live && setEvents(r.ok ? r.value : []));
    return () => void (live = false);
  }, [titlesKey]);
  return events;
}
