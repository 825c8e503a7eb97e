/**
 * Mounts a screen in stages: returns how many stages are ready, one more per task after each
 * commit. A view renders its light parts at once and its heavy charts one task at a time, so
 * opening it with a national file is several short tasks instead of one long one.
 */
import { useEffect, useState } from 'react';

export function useStaged(stages: number): number {
  const [ready, setReady] = useState(0);
  useEffect(() => {
    if (ready >= stages) return;
    // After the next frame, not just the next task: a chart draws once its width is known, from a
    // ResizeObserver callback that runs in the frame, so two charts mounted a task apart would
    // still be drawn together.
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setReady((r) => r + 1), 0); });
    return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
  }, [ready, stages]);
  return ready;
}
