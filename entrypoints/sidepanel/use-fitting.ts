import { useLayoutEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * How many of a one-line row's first children fit whole inside it (at least one), counted again when the row's
 * size or a child's changes: the rest are put out of sight and out of the keyboard's way, so that Tab never lands
 * on a chip the reader cannot see. `key` names what the row holds, to count again when that changes.
 */
export function useFitting(row: RefObject<HTMLElement>, key: string): number {
  const [fitting, setFitting] = useState(Infinity);
  useLayoutEffect(() => {
    const el = row.current;
    if (!el) return;
    const count = () => {
      const box = el.getBoundingClientRect();
      const end = box.left + el.clientWidth - parseFloat(getComputedStyle(el).paddingRight);
      const children = [...el.children];
      const whole = children.findIndex((child) => child.getBoundingClientRect().right > end + 0.5);
      setFitting(whole < 0 ? children.length : Math.max(1, whole));
    };
    count();
    // The row, and each child: a ticked chip, or a font that loads, widens a chip and leaves the row as it was.
    // Hiding a chip keeps its size, so counting again never sets off another count.
    const observer = new ResizeObserver(count);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  }, [row, key]);
  return fitting;
}
