import { defineConfig } from 'vitest/config';

// Scripts that print measurements (`npm run align-quality`), run by vitest for TypeScript and a
// DOM; they assert nothing.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['scripts/*.ts'],
  },
});
