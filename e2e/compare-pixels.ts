import type { Page } from 'playwright-core';

/** Runs in the page: how many pixels of two same-sized PNGs (data URLs) differ, or why not comparable. */
async function countDifferences([a, b]: [string, string]): Promise<number | string> {
  const pixels = async (url: string) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0);
    return context?.getImageData(0, 0, canvas.width, canvas.height);
  };
  const [first, second] = await Promise.all([pixels(a), pixels(b)]);
  if (!first || !second) return 'no 2d canvas';
  if (first.width !== second.width || first.height !== second.height) {
    return `sizes differ: ${first.width}×${first.height} and ${second.width}×${second.height}`;
  }
  let differing = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    if (
      first.data[i] !== second.data[i] ||
      first.data[i + 1] !== second.data[i + 1] ||
      first.data[i + 2] !== second.data[i + 2] ||
      first.data[i + 3] !== second.data[i + 3]
    ) {
      differing++;
    }
  }
  return differing;
}

/**
 * How many pixels of PNGs `a` and `b` differ (0: the same picture), decoded by the browser of
 * `page`, or a sentence saying why they cannot be compared.
 */
export const differingPixels = (page: Page, a: Buffer, b: Buffer): Promise<number | string> =>
  page.evaluate(countDifferences, [
    `data:image/png;base64,${a.toString('base64')}`,
    `data:image/png;base64,${b.toString('base64')}`,
  ] as [string, string]);
