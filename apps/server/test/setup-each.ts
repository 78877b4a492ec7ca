import { afterEach, beforeEach, vi } from 'vitest';

// A test that logs console.error fails: errors must be asserted, not printed.
let spy: { mockRestore: () => void } | null = null;
beforeEach(() => {
  spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  spy?.mockRestore();
});
