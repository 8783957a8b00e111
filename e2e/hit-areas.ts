/** A control's drawn box and the area around its centre where a tap lands on it, in CSS px. */
export type HitArea = {
  name: string;
  badge: { width: number; height: number };
  hit: { width: number; height: number };
};

/**
 * Runs in the page: the hit area of every visible element matching `selector`, each scrolled into
 * view and probed with `elementFromPoint` outward from its centre every quarter pixel (so a hit
 * area grown by a pseudo-element counts, and one covered by a neighbour does not).
 */
export function measureHitAreas(selector: string): HitArea[] {
  const STEP = 0.25;
  return [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => el.checkVisibility())
    .map((el) => {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const lands = (px: number, py: number) => {
        const hit = document.elementFromPoint(px, py);
        return hit !== null && el.contains(hit);
      };
      // How far from the centre a tap still lands, in the direction (dx, dy).
      const reach = (dx: number, dy: number) => {
        let distance = 0;
        while (distance < 200 && lands(x + dx * (distance + STEP), y + dy * (distance + STEP))) {
          distance += STEP;
        }
        return distance;
      };
      return {
        name: `${el.getAttribute('aria-label') ?? el.textContent} (${el.outerHTML.slice(0, 40)})`,
        badge: { width: box.width, height: box.height },
        hit: { width: reach(-1, 0) + reach(1, 0), height: reach(0, -1) + reach(0, 1) },
      };
    });
}
