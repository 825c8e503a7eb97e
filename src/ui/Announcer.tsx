/** The screen's one polite live region; its text comes from announce() (src/ui/announce.ts). */
import { useAnnounceStore } from './announce.ts';

export function Announcer() {
  const message = useAnnounceStore((s) => s.message);
  return <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">{message}</div>;
}
