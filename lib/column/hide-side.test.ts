import { afterEach, describe, expect, it } from 'vitest';
import { PAIR_ATTR } from '../page-contract';
import { hideSide, watchMedia } from './hide-side';

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
});

/** A pair of two sides on the page, each with a podcast player, media followed from now on. */
function pairWithAudio() {
  stop = new AbortController();
  watchMedia(document, stop.signal);
  const pair = document.body.appendChild(document.createElement('div'));
  pair.setAttribute(PAIR_ATTR, '0');
  const side = (lang: string) => {
    const element = pair.appendChild(document.createElement('div'));
    element.lang = lang;
    return { side: element, audio: element.appendChild(document.createElement('audio')) };
  };
  const de = side('de');
  const en = side('en');
  hideSide(en.side, true);
  return { de, en };
}

describe('hideSide', () => {
  it('pauses what plays in the side it hides, and plays it on when the side is shown again', async () => {
    const { de } = pairWithAudio();
    await de.audio.play();
    hideSide(de.side, true);
    await Promise.resolve();
    expect(de.side.hidden).toBe(true);
    expect(de.audio.paused).toBe(true);
    hideSide(de.side, false);
    expect(de.side.hidden).toBe(false);
    expect(de.audio.paused).toBe(false);
  });

  it('never plays what the reader paused', async () => {
    const { de } = pairWithAudio();
    await de.audio.play();
    de.audio.pause();
    hideSide(de.side, true);
    await Promise.resolve();
    hideSide(de.side, false);
    expect(de.audio.paused).toBe(true);
  });

  it('leaves media in other sides alone', async () => {
    const { de, en } = pairWithAudio();
    hideSide(en.side, false);
    await en.audio.play();
    hideSide(de.side, true);
    await Promise.resolve();
    expect(en.audio.paused).toBe(false);
  });

  // "Show both": a switch hides the old lead and shows it as the translation in the same task.
  it('lets a side hidden and shown again in one task play on', async () => {
    const { de } = pairWithAudio();
    await de.audio.play();
    hideSide(de.side, true);
    de.side.hidden = false;
    await Promise.resolve();
    expect(de.audio.paused).toBe(false);
  });

  it('resumes nothing in a side that was not hidden (a new one, after "original")', async () => {
    const { de } = pairWithAudio();
    await de.audio.play();
    hideSide(de.side, true);
    await Promise.resolve();
    de.side.hidden = false;
    hideSide(de.side, false);
    expect(de.audio.paused).toBe(true);
  });
});

describe('watchMedia', () => {
  it('pauses media that starts to play in a hidden side at once, and never plays it on', async () => {
    const { en } = pairWithAudio();
    await en.audio.play();
    expect(en.audio.paused).toBe(true);
    hideSide(en.side, false);
    expect(en.audio.paused).toBe(true);
  });

  it('lets media play outside the pairs, and stops following on abort', async () => {
    const { en } = pairWithAudio();
    const outside = document.body.appendChild(document.createElement('video'));
    await outside.play();
    expect(outside.paused).toBe(false);
    stop.abort();
    await en.audio.play();
    expect(en.audio.paused).toBe(false);
  });
});
