// Types for the bench's frame recorder, so the TypeScript test imports it checked.
declare module '*/bench/first-frames.mjs' {
  /** How long before its paint a frame's rendering update may run, in ms. */
  export const FRAME_WORK_MS: number;
  /** Runs in the page from document start: records each frame's state right before its paint. */
  export function recordFrames(pair: string): void;
  /** Runs in the page: the distinct states of the painted frames that showed the article. */
  export function readPaintedStates(before: number): string[];
}
