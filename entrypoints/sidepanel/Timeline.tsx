import { spanLabel } from '../../core/timeline';
import { DensityChart } from './DensityChart';
import type { Format } from './save-timeline';
import { TimelineControls } from './TimelineControls';
import { TimelineFeed } from './TimelineFeed';
import type { TimelineState } from './use-timeline';

interface Props {
  timeline: TimelineState;
  /** The article's publication day. */
  published?: string;
  onEntity(title: string): void;
  onSave(format: Format): void;
}

/** The timeline's controls, its density chart with the period picked on it, and the feed of its events. */
export function Timeline({ timeline, published, onEntity, onSave }: Props) {
  const { span } = timeline;
  return (
    <>
      <TimelineControls
        zoom={timeline.zoom}
        order={timeline.order}
        canSave={timeline.shown.length > 0}
        onZoom={timeline.zoomTo}
        onFlipOrder={timeline.flipOrder}
        onSave={onSave}
        lanes={timeline.lanesOn}
        canLane={timeline.canLane}
        onLanes={timeline.flipLanes}
      />
      <DensityChart bins={timeline.bins} span={span} published={published} onSpan={timeline.pickSpan} lanes={timeline.lanes} />
      {span && (
        <p class="picked">
          Showing {spanLabel(span)}{' '}
          <button type="button" class="link" onClick={() => timeline.pickSpan(undefined)}>
            Show all time
          </button>
        </p>
      )}
      <TimelineFeed rows={timeline.rows} onToggle={timeline.toggleGroup} onEntity={onEntity} published={published} view={`${timeline.order}|${timeline.zoom}|${span ? spanLabel(span) : ''}|${timeline.names}`} fromTop={!!span} />
    </>
  );
}
