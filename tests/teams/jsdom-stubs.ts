/**
 * What jsdom lacks and the tab's components use: Fluent's MessageBar measures itself
 * with a ResizeObserver (a stub that never fires is enough).
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
