import { useDisclosure } from '../../components/use-disclosure';
import type { Format } from './save-timeline';

interface Props {
  /** Whether any event is shown, to be saved. */
  canSave: boolean;
  onSave(format: Format): void;
}

/** "Save" and its two formats behind it: one button's width in the controls' row. */
export function SaveMenu({ canSave, onSave }: Props) {
  const menu = useDisclosure();
  const save = (format: Format) => {
    menu.close();
    onSave(format);
  };
  return (
    <details class="save-menu" {...menu.details}>
      <summary class="button">Save</summary>
      <div class="menu" role="group" aria-label="Save the timeline shown">
        <button type="button" class="button" onClick={() => save('csv')} disabled={!canSave}>
          CSV
        </button>
        <button type="button" class="button" onClick={() => save('json')} disabled={!canSave}>
          JSON
        </button>
      </div>
    </details>
  );
}
