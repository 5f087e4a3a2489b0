import { ZOOMS, type Order, type Zoom } from '../../core/timeline';
import type { Format } from './save-timeline';
import { SaveMenu } from './SaveMenu';

interface Props {
  zoom: Zoom;
  order: Order;
  /** Whether any event is shown, to be saved. */
  canSave: boolean;
  onZoom(zoom: Zoom): void;
  onFlipOrder(): void;
  onSave(format: Format): void;
  lanes: boolean;
  /** Lanes need two ticked names or more. */
  canLane: boolean;
  onLanes(): void;
}

/** The zoom levels, the order, the lanes per name and the exports. */
export function TimelineControls({ zoom, order, canSave, onZoom, onFlipOrder, onSave, lanes, canLane, onLanes }: Props) {
  return (
    <section class="controls" aria-label="Timeline controls">
      <div class="segmented" role="radiogroup" aria-label="Zoom (keys Y, M, D or + and −)">
        {ZOOMS.map((z) => (
          <button type="button" role="radio" aria-checked={zoom === z} key={z} onClick={() => onZoom(z)}>
            {z[0].toUpperCase() + z.slice(1)}
          </button>
        ))}
      </div>
      <button type="button" class="button" aria-label={`Order: ${order} first (key O)`} onClick={onFlipOrder}>
        {order === 'newest' ? 'Newest first' : 'Oldest first'}
      </button>
      <button type="button" class="button" aria-pressed={lanes && canLane} disabled={!canLane} title={canLane ? 'One lane per ticked name under the chart' : 'Tick two names or more for lanes'} onClick={onLanes}>
        Lanes
      </button>
      <span class="spacer" />
      <SaveMenu canSave={canSave} onSave={onSave} />
    </section>
  );
}
