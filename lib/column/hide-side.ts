import { PAIR_ATTR } from '../page-contract';

// Media seen playing (no pause since), and those hiding a side paused. Both stay tiny, so a switch
// of 1,000 pairs looks through them, not through every side (a query per side cost ~1 ms).
const playing = new Set<HTMLMediaElement>();
const held = new Set<HTMLMediaElement>();

/**
 * Hides or shows a pair's side. Hiding pauses what plays in it, which the reader could neither see
 * nor stop; showing a hidden side as the pair's language plays on only what hiding paused: never
 * media the reader paused, nor any that was stopped from starting while hidden. The pause waits
 * for the end of the task: in "show both" a switch hides the old lead and shows it again as the
 * translation at once, and its media plays on.
 */
export function hideSide(side: HTMLElement, hidden: boolean): void {
  const wasHidden = side.hidden;
  side.hidden = hidden;
  if (hidden) {
    queueMicrotask(() => {
      if (!side.hidden) return;
      for (const media of playing) {
        if (!side.contains(media) || media.paused) continue;
        held.add(media);
        media.pause();
      }
    });
    return;
  }
  // A side shown that was not hidden (a new one, after "original") resumes nothing.
  if (!wasHidden) return;
  for (const media of held) {
    if (!side.contains(media)) continue;
    held.delete(media);
    media.play().catch(() => {});
  }
}

/**
 * Follows the page's audio and video until `signal` aborts (in every mode, so what plays in the
 * original table is known when the column comes back). Media that starts to play in a hidden side
 * (autoplay, a page script) is paused at once.
 */
export function watchMedia(doc: Document, signal: AbortSignal): void {
  const options = { capture: true, signal };
  doc.addEventListener(
    'play',
    ({ target }) => {
      if (!(target instanceof HTMLMediaElement)) return;
      // Played by the reader or the page (or by `hideSide`): no longer Bitext's to play on.
      held.delete(target);
      if (target.closest(`[${PAIR_ATTR}] > [hidden]`)) target.pause();
      else playing.add(target);
    },
    options,
  );
  doc.addEventListener(
    'pause',
    ({ target }) => playing.delete(target as HTMLMediaElement),
    options,
  );
}
