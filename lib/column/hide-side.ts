import { PAIR_ATTR } from '../page-contract';

// Media seen playing (no pause since), and those hiding a side paused. Both stay tiny, so a switch
// of 1,000 pairs looks through them, not through every side (a query per side cost ~1 ms).
const playing = new Set<HTMLMediaElement>();
const held = new Set<HTMLMediaElement>();

/**
 * Hides or shows a pair's side. Hiding pauses what plays in it, which the reader could neither see
 * nor stop; showing it as the pair's language plays on only what hiding paused: never media the
 * reader paused, nor any that was stopped from starting while hidden.
 */
export function hideSide(side: HTMLElement, hidden: boolean): void {
  side.hidden = hidden;
  for (const media of hidden ? playing : held) {
    if (!side.contains(media)) continue;
    if (!hidden) {
      held.delete(media);
      media.play().catch(() => {});
    } else if (!media.paused) {
      held.add(media);
      media.pause();
    }
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
