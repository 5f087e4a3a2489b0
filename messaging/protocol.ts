/**
 * The one typed protocol between Backstory's contexts, in two directions: what is asked of the background worker
 * (`WorkerRequests`) and what is asked of a tab's content script (`PageRequests`). Every request names its type;
 * every reply is a Result, never a thrown error. Add a message to its direction's map first: each side then fails to
 * compile until it has the handler.
 */
import type { DataMeta, EntityCard, EntityInfo, SearchOptions, SearchResult, SenseChoice } from '../core/library/library';
import type { FoundNames } from '../core/names/found-names';
import type { PageEntity } from '../core/page-subjects';
import type { NewsEvent, Result } from '../core/types';

/** Asked of the background worker, by the content scripts and the extension's pages. */
export interface WorkerRequests {
  /** Data provenance for the UIs' empty states and credits. */
  meta: { req: Record<string, never>; res: DataMeta };
  /**
   * The known names in texts a tab has read (its blocks' text, in order). The matcher lives here, warm for every
   * tab, so that a page's main thread only reads its text and marks what comes back (page/page-marker.ts).
   */
  findNames: { req: { texts: string[] }; res: FoundNames };
  /**
   * The sense of each name that has several ("Georgia": the U.S. state or the country), on a page whose names with one
   * sense are `context` (the rule `sense-in-context`).
   */
  senses: { req: { names: string[]; context: string[] }; res: SenseChoice[] };
  search: { req: { query: string } & SearchOptions; res: SearchResult };
  entity: { req: { title: string }; res: EntityInfo | null };
  entityEvents: { req: { title: string; context?: string[]; limit?: number; offset?: number }; res: NewsEvent[] };
  related: { req: { id: string }; res: NewsEvent[] };
  counts: { req: { by: 'year' | 'month'; entity?: string; query?: string }; res: Array<{ period: string; count: number }> };
  /** The hover card's data for one entity, ranked with the page's other entities as context. */
  /** `around`: the page's publication date (YYYY-MM-DD), so the card shows events from both sides of it. */
  card: { req: { title: string; context?: string[]; limit?: number; around?: string }; res: EntityCard | null };
  /**
   * Opens the timeline (side panel where the browser allows it, else a tab) for the sender's tab, or for the
   * window's active tab when sent from an extension page (the popup passes its `windowId`).
   */
  openTimeline: { req: { entity?: string; windowId?: number }; res: { opened: 'panel' | 'tab' } };
  /** Every event of these entities, once each, oldest first (the side panel's timeline). */
  timeline: { req: { titles: string[] }; res: NewsEvent[] };
  /** Entities whose name or alias starts with the typed text, biggest first, for the popup's autocomplete. */
  suggestEntities: { req: { prefix: string; limit?: number }; res: Array<{ title: string; count: number }> };
  /** Every category with its number of events, for the popup's filter. */
  categories: { req: Record<string, never>; res: Array<{ name: string; count: number }> };
}

/** Asked of a tab's content script (its top frame), by the popup and the side panel. */
export interface PageRequests {
  /** The entities it marked: mention counts, whether the headline names them, their order by first mention. */
  pageEntities: { req: Record<string, never>; res: PageEntity[] };
  /** Its shown mentions in document order, each with its entity and the text around it (for judging the marks). */
  pageMentions: { req: Record<string, never>; res: ShownMention[] };
  /** The publication date the page states (YYYY-MM-DD), if any. */
  pageDate: { req: Record<string, never>; res: PageDate | null };
  /** How far marking got, and what it cost (for tests and the benchmark). */
  pageStatus: { req: Record<string, never>; res: PageStatus };
  /** The site it belongs to (the top page's host), for the popup's site switch. */
  pageSite: { req: Record<string, never>; res: { host: string } };
}

export interface ShownMention {
  title: string;
  /** The words as the page writes them. */
  words: string;
  /** Up to 80 characters of the block's text before and after them. */
  before: string;
  after: string;
}

export interface PageStatus {
  state: 'off' | 'reading' | 'done' | 'paused';
  /** Marked (shown) mentions and distinct entities. */
  mentions: number;
  entities: number;
  chars: number;
  busyMs: number;
  longestMs: number;
  slices: number;
  /**
   * Main-thread time the content script spent starting on the page before its first slice, in ms, over three
   * tasks: the frame gate's (the extension API's first use and the import), the script's evaluation (from its first
   * module on; the compile before that is measured by `npm run bench`), and, once storage has answered, the
   * settings checked and the session started.
   */
  startMs?: number;
  /** The longest of those three tasks, in ms. */
  startTaskMs?: number;
  /** The page holds one article, and only it is read (the marking policy's `article-only`). */
  article?: boolean;
}

export interface PageDate {
  /** The day the page says it was published, as written (YYYY-MM-DD). */
  date: string;
  /** Where it was found: "article:published_time", "JSON-LD datePublished", … */
  source: string;
}

export type WorkerRequest = keyof WorkerRequests;
export type PageRequest = keyof PageRequests;
/** Either direction's requests: what a message may carry on the wire. */
type Requests = WorkerRequests & PageRequests;
export type RequestType = keyof Requests;
export interface Message<K extends RequestType = RequestType> {
  backstory: 1;
  type: K;
  payload: Requests[K]['req'];
}
export type Reply<K extends RequestType> = Result<Requests[K]['res']>;
/** A handler for every request of one direction. */
export type Handlers<K extends RequestType> = { [T in K]: (payload: Requests[T]['req'], sender: unknown) => Promise<Requests[T]['res']> | Requests[T]['res'] };
export type WorkerHandlers = Handlers<WorkerRequest>;
export type PageHandlers = Handlers<PageRequest>;

/**
 * The long-lived channel a UI keeps to the worker (messaging/port-client.ts): each request carries an id, and its reply
 * comes back with it. A reply over an open port is one message each way; a one-shot `sendMessage` opens and closes
 * a channel every time (its round trip's median 1.6–1.9 times the port's: docs/bench.md).
 */
export const PORT_NAME = 'backstory';
/** Requests with effects: not sent again when their port closes before the answer, once they left (the worker may have acted). */
export const NOT_REPEATED: ReadonlySet<WorkerRequest> = new Set<WorkerRequest>(['openTimeline']);
/** Only the worker is asked over a port. */
export type PortRequest = Message<WorkerRequest> & { id: number };
export interface PortReply {
  id: number;
  reply: Reply<WorkerRequest>;
}

export function isPortRequest(value: unknown): value is PortRequest {
  return isMessage(value) && typeof (value as PortRequest).id === 'number';
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (value as Message).backstory === 1 && typeof (value as Message).type === 'string';
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: unknown): Result<never> => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

/**
 * The handler's answer to a request as a Result (a thrown error is a failure, and so is a message of a type this side
 * does not answer: what comes over the wire is not checked by the compiler).
 */
export async function answer<K extends RequestType>(handlers: Handlers<K>, message: Message, sender: unknown): Promise<Reply<K>> {
  const handler = handlerOf(handlers, message.type);
  if (!handler) return fail(`no handler for "${message.type}"`);
  try {
    return ok(await handler(message.payload, sender)) as Reply<K>;
  } catch (e) {
    return fail(e);
  }
}

/** The handler `handlers` has for a message's type, if this side answers it. */
export function handlerOf<K extends RequestType>(handlers: Handlers<K>, type: RequestType): ((payload: unknown, sender: unknown) => unknown) | undefined {
  return (handlers as Partial<Record<RequestType, (payload: unknown, sender: unknown) => unknown>>)[type];
}
