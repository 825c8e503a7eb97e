/**
 * One polite live region per screen (WCAG 4.1.3). Views call `announce(text)`; the <Announcer>
 * in the app shell reads it out. The text is cleared before each message (so the same words are
 * read again) and some seconds after it, so the region never holds an out-of-date message.
 */
import { create } from 'zustand';

const CLEAR_MS = 8000;

interface AnnounceState { message: string }
export const useAnnounceStore = create<AnnounceState>()(() => ({ message: '' }));

let seq = 0;
let timers: ReturnType<typeof setTimeout>[] = [];

export function announce(message: string): void {
  const mine = ++seq;
  timers.forEach(clearTimeout);
  useAnnounceStore.setState({ message: '' });
  // A short gap between clearing and writing makes screen readers treat it as a new message.
  timers = [
    setTimeout(() => { if (seq === mine) useAnnounceStore.setState({ message }); }, 60),
    setTimeout(() => { if (seq === mine) useAnnounceStore.setState({ message: '' }); }, CLEAR_MS),
  ];
}

/** Drops any message (a new screen starts silent). */
export function clearAnnouncement(): void {
  seq++;
  timers.forEach(clearTimeout);
  useAnnounceStore.setState({ message: '' });
}
