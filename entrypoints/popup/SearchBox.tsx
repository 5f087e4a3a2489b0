import type { RefObject } from 'preact';

interface Props {
  box: RefObject<HTMLInputElement>;
  query: string;
  /** The id of the active result, if any. */
  activeId?: string;
  expanded: boolean;
  onInput(query: string): void;
  onKeyDown(e: KeyboardEvent): void;
  /** Focus moved to another part of the popup. */
  onLeave(): void;
}

/** The popup's title and its search box: a combobox over the results list, whose active option it names. */
export function SearchBox({ box, query, activeId, expanded, onInput, onKeyDown, onLeave }: Props) {
  return (
    <>
      <h1 class="title">
        <label for="q">Search world events</label>
      </h1>
      <input
        ref={box}
        id="q"
        type="search"
        role="combobox"
        autoFocus
        autocomplete="off"
        spellcheck={false}
        placeholder="Taliban, ISIS from:2021, year:2020 vaccine…"
        aria-controls="results"
        aria-expanded={expanded}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby="count"
        value={query}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        // Only a move within the popup: when the window loses focus (a source opened in a tab), the box keeps its state.
        onBlur={(e) => e.relatedTarget && onLeave()}
      />
    </>
  );
}
