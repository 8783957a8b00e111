/** Logs why Bitext left something as it was; the prefix lets readers and tests find it. */
export const warn = (message: string, error?: unknown): void =>
  console.warn(`[bitext] ${message}`, ...(error === undefined ? [] : [error]));
