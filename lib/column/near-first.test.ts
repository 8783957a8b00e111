import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLaterQueue, nearFirst } from './near-first';
import type { RenderedPair } from './render-column';

const PAIR_HEIGHT = 100;

/**
 * `count` pairs in one column, each PAIR_HEIGHT tall, laid out top to bottom with the viewport's
 * top at `scrollY` (happy-dom does no layout, so each pair reports its box).
 */
function stackedPairs(count: number, scrollY = 0): RenderedPair[] {
  const column = document.body.appendChild(document.createElement('div'));
  return Array.from({ length: count }, (_, index) => {
    const element = column.appendChild(document.createElement('div'));
    const top = index * PAIR_HEIGHT - scrollY;
    element.getBoundingClientRect = () => new DOMRect(0, top, 600, PAIR_HEIGHT);
    return { element, sides: {}, controls: document.createElement('span'), lang: 'de' as const };
  });
}

const indexes = (all: RenderedPair[], some: RenderedPair[]) => some.map((p) => all.indexOf(p));

const settled = (column: Element) =>
  vi.waitFor(() => expect(column.hasAttribute('aria-busy')).toBe(false));

describe('nearFirst', () => {
  it('changes every pair of a short article at once', () => {
    const pairs = stackedPairs(200, 10_000);
    expect(nearFirst(pairs)).toEqual([pairs, []]);
  });

  it('changes a long article near the viewport first, then below it, then above, nearest first', () => {
    const pairs = stackedPairs(1000, 50_000);
    const height = window.innerHeight;
    const near = pairs.filter((pair) => {
      const { top, bottom } = pair.element.getBoundingClientRect();
      return bottom > -height && top < 2 * height;
    });
    const [now, later] = nearFirst(pairs);
    expect(now).toEqual(near);
    const from = pairs.indexOf(near[0] as RenderedPair);
    const to = from + near.length;
    expect(from).toBeGreaterThan(400);
    expect(indexes(pairs, later)).toEqual([
      ...Array.from({ length: 1000 - to }, (_, i) => to + i),
      ...Array.from({ length: from }, (_, i) => from - 1 - i),
    ]);
  });

  it('starts at the top when the article begins below the viewport', () => {
    const pairs = stackedPairs(1000, -5_000);
    const [now, later] = nearFirst(pairs);
    expect(now).toEqual([]);
    expect(later).toEqual(pairs);
  });
});

describe('createLaterQueue', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hands the pairs over a chunk after each frame, their column busy until the last', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    /** Runs the frame callbacks due, then the task each of them queued. */
    const frame = async () => {
      for (const callback of frames.splice(0)) callback(0);
      await new Promise((resolve) => setTimeout(resolve));
    };
    const pairs = stackedPairs(250);
    const column = pairs[0]?.element.parentElement as HTMLElement;
    const shown: RenderedPair[][] = [];
    const later = createLaterQueue((some) => shown.push([...some]));
    later(pairs);
    await new Promise((resolve) => setTimeout(resolve));
    // Nothing before the next frame: that one paints the change near the viewport.
    expect(shown).toEqual([]);
    expect(column.getAttribute('aria-busy')).toBe('true');
    for (const length of [100, 100, 50]) {
      await frame();
      expect(shown.at(-1)).toHaveLength(length);
    }
    expect(shown.flat()).toEqual(pairs);
    expect(column.hasAttribute('aria-busy')).toBe(false);
  });

  it('replaces what still waits by a new batch, and skips pairs taken off the page', async () => {
    const first = stackedPairs(300);
    const second = stackedPairs(150);
    const shown = vi.fn();
    const later = createLaterQueue(shown);
    later(first);
    later(second);
    (second[149] as RenderedPair).element.remove();
    await settled(second[0]?.element.parentElement as HTMLElement);
    expect(shown.mock.calls.flatMap(([some]) => some)).toEqual(second.slice(0, 149));
    for (const column of [first[0], second[0]].map((pair) => pair?.element.parentElement)) {
      expect(column?.hasAttribute('aria-busy')).toBe(false);
    }
  });
});
