/**
 * When this script began to run in this frame (performance.now()), for timing its start honestly: imported
 * first by the content script, so it is evaluated before any other module of ours. The frame gate's time before
 * it is added from messaging/gate-clock.ts; the compile that precedes it cannot be seen from script (`npm run bench`
 * measures it separately, per frame).
 */
export const bootStart = performance.now();
