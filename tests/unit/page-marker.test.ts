/**
 * The marker's requests to the worker while the page changes (page/page-marker.ts), on two paragraphs stood in by
 * linkedom. The worker is played by hand: each request waits until the test answers it, and finds the names below
 * wherever they occur. The page's changes are reported by hand too, as the browser's MutationObserver reports them
 * (linkedom's gives the observed root as every record's target, and a text edit as a child list).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeFound } from '../../core/names/found-names';
import type { Match } from '../../core/names/matcher';
import { ShadowSheet } from '../../messaging/highlight-style';
import { MentionStore } from '../../page/mention-store';
import { PageMarker, type FindNames } from '../../page/page-marker';
import { page } from './page-dom';

const NAMES = ['Obama', 'Kenya', 'Merkel', 'Macron', 'Putin'];
const PAGE = '<p id="a">Obama visited Kenya.</p><p id="b">Merkel met Macron.</p>';

/** What the worker finds in a text: every occurrence of each of NAMES. */
function namesIn(text: string): Match[] {
  const out: Match[] = [];
  for (const title of NAMES) for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) out.push({ start: i, end: i + title.length, title });
  return out.sort((x, y) => x.start - y.start);
}

interface Request {
  texts: string[];
  answer(): void;
  fail(): void;
}

let doc: Document;
let store: MentionStore;
let marker: PageMarker;
let abort: AbortController;
/** Requests sent to the worker, in order. */
let requests: Request[];
/** Hands the page's observer records, as the browser does after a change. */
let report: (records: Array<Partial<MutationRecord>>) => void;

class HandDrivenObserver {
  constructor(callback: (records: MutationRecord[]) => void) {
    report = (records) => callback(records.map((r) => ({ addedNodes: [], removedNodes: [], ...r }) as unknown as MutationRecord));
  }
  observe(): void {}
  disconnect(): void {}
}

beforeEach(() => {
  vi.stubGlobal('MutationObserver', HandDrivenObserver);
  // The clock stands still: a slice's few milliseconds never run out, so what one reads depends on the page alone
  // (a cold first slice here took longer than that, and sent its blocks in two requests).
  vi.spyOn(performance, 'now').mockReturnValue(0);
  doc = page(PAGE);
  store = new MentionStore(new Set() as unknown as Highlight, { density: 'all', muted: new Set() }, new Set() as unknown as Highlight);
  requests = [];
  const find: FindNames = (texts) =>
    new Promise((resolve) =>
      requests.push({
        texts,
        answer: () => resolve({ ok: true, value: encodeFound(texts.map(namesIn)) }),
        fail: () => resolve({ ok: false, error: 'the worker restarted' }),
      }),
    );
  abort = new AbortController();
  marker = new PageMarker(doc, find, store, new ShadowSheet(), abort.signal, () => undefined);
});
afterEach(() => {
  abort.abort();
  vi.restoreAllMocks();
});

/** Lets the marker's slices (zero timeouts here) and the answers' promises run until there is nothing left to do. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The marked names as "paragraph: words", in document order. */
const marked = (): string[] => store.shown().map((m) => `${(m.container as Element).id}: ${m.alias}`);
const textOf = (id: string) => doc.getElementById(id)!.firstChild as Text;

function editText(node: Text, data: string): void {
  node.data = data;
  report([{ type: 'characterData', target: node }]);
}
function append(parent: Node, child: Node): void {
  parent.appendChild(child);
  report([{ type: 'childList', target: parent, addedNodes: [child] as unknown as NodeList }]);
}
function remove(node: ChildNode): void {
  const parent = node.parentNode!;
  node.remove();
  report([{ type: 'childList', target: parent, removedNodes: [node] as unknown as NodeList }]);
}

describe('the page marker (page/page-marker.ts)', () => {
  it('sends the blocks it read in one request, and marks the answer for blocks the page left alone', async () => {
    marker.start();
    await settle();
    expect(requests.map((r) => r.texts)).toEqual([['Obama visited Kenya.', 'Merkel met Macron.']]);
    expect(marked()).toEqual([]);
    requests[0].answer();
    await settle();
    expect(marked()).toEqual(['a: Obama', 'a: Kenya', 'b: Merkel', 'b: Macron']);
    expect(marker.status.state).toBe('done');
  });

  it('drops the answer for a block whose words changed while it was out, and asks again for its new words', async () => {
    marker.start();
    await settle();
    editText(textOf('a'), 'Putin visited Kenya.');
    requests[0].answer();
    await settle();
    expect(marked()).toEqual(['b: Merkel', 'b: Macron']);
    expect(requests.map((r) => r.texts)).toEqual([['Obama visited Kenya.', 'Merkel met Macron.'], ['Putin visited Kenya.']]);
    requests[1].answer();
    await settle();
    expect(marked()).toEqual(['a: Putin', 'a: Kenya', 'b: Merkel', 'b: Macron']);
  });

  it('drops the answer for a block that text was added to (its old words intact), and marks its names once', async () => {
    marker.start();
    await settle();
    append(doc.getElementById('a')!, doc.createTextNode(' Then Putin.'));
    requests[0].answer();
    await settle();
    expect(requests[1].texts).toEqual(['Obama visited Kenya. Then Putin.']);
    requests[1].answer();
    await settle();
    expect(marked()).toEqual(['a: Obama', 'a: Kenya', 'a: Putin', 'b: Merkel', 'b: Macron']);
  });

  it('does not mark a block removed while its answer was out, and marks the others', async () => {
    marker.start();
    await settle();
    remove(doc.getElementById('a')!);
    requests[0].answer();
    await settle();
    expect(marked()).toEqual(['b: Merkel', 'b: Macron']);
    expect(requests).toHaveLength(1); // the body holds no text of its own to read again
  });

  it('forgets the marks of a block the page removes', async () => {
    marker.start();
    await settle();
    requests[0].answer();
    await settle();
    remove(doc.getElementById('b')!);
    await settle();
    expect(marked()).toEqual(['a: Obama', 'a: Kenya']);
  });

  it('reads a block the page adds on its own, once the request out is answered, keeping the others\' marks', async () => {
    marker.start();
    await settle();
    const added = doc.createElement('p');
    added.id = 'c';
    added.textContent = 'Putin called Merkel.';
    append(doc.body, added);
    await settle();
    expect(requests).toHaveLength(1); // one request out at a time
    requests[0].answer();
    await settle();
    expect(requests[1].texts).toEqual(['Putin called Merkel.']);
    requests[1].answer();
    await settle();
    expect(marked()).toEqual(['a: Obama', 'a: Kenya', 'b: Merkel', 'b: Macron', 'c: Putin', 'c: Merkel']);
  });

  it('asks once more when a request fails, and marks nothing of a request that fails twice', async () => {
    marker.start();
    await settle();
    requests[0].fail();
    await settle();
    expect(requests.map((r) => r.texts)).toEqual([requests[0].texts, requests[0].texts]);
    requests[1].fail();
    await settle();
    expect(requests).toHaveLength(2);
    expect(marked()).toEqual([]);
    expect(marker.status.state).toBe('done');
  });
});
