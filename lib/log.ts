/** Prefixes every line Bitext logs, so readers and tests can find it. */
const PREFIX = '[bitext]';

const details = (detail: unknown): unknown[] => (detail === undefined ? [] : [detail]);

/**
 * Bitext's only way to the console. `warn`: Bitext left something as it was (a page it would
 * not change, a stored value it ignored); `error`: something the reader asked for failed.
 */
export const log = {
  warn: (message: string, detail?: unknown): void =>
    console.warn(`${PREFIX} ${message}`, ...details(detail)),
  error: (message: string, detail?: unknown): void =>
    console.error(`${PREFIX} ${message}`, ...details(detail)),
};
