import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  description: string;
  inputLabel: string;
  placeholder: string;
  items: string[];
  empty: string;
  /** Adds what was typed; resolves to a message to show when it was not added. */
  onAdd(text: string): Promise<string | undefined>;
  onRemove(item: string): void;
  /** What the typed text would add, shown as a hint while typing. */
  preview?(text: string): Promise<string | undefined>;
}

/** A titled list with a remove button per entry and a field to add one. */
export function ListEditor({ id, title, description, inputLabel, placeholder, items, empty, onAdd, onRemove, preview }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [hint, setHint] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    setHint(undefined);
    if (preview && draft.trim()) void preview(draft).then((h) => current && setHint(h));
    return () => void (current = false);
  }, [draft, preview]);

  const add = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    const problem = await onAdd(draft);
    setBusy(false);
    setError(problem);
    if (!problem) setDraft('');
  };
  const remove = (item: string) => {
    onRemove(item);
    input.current?.focus();
  };

  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="hint">{description}</p>
      {items.length > 0 ? (
        <ul class="items" aria-label={title}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button type="button" class="button quiet" aria-label={`Remove ${item}`} onClick={() => remove(item)}>Remove</button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{empty}</p>
      )}
      <form class="add" onSubmit={add}>
        <label for={`${id}-add`}>{inputLabel}</label>
        <div class="row">
          <input
            ref={input}
            id={`${id}-add`}
            type="text"
            autocomplete="off"
            spellcheck={false}
            placeholder={placeholder}
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-msg`}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setError(undefined);
            }}
          />
          <button type="submit" class="button" disabled={busy || !draft.trim()}>Add</button>
        </div>
        <p id={`${id}-msg`} class={error ? 'message error' : 'message hint'} aria-live="polite">{error ?? hint ?? ''}</p>
      </form>
    </section>
  );
}
