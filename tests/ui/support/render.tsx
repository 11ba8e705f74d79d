import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. A stub that never fires is enough. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; window?: { ResizeObserver?: unknown } };
if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
if (g.window && !g.window.ResizeObserver) g.window.ResizeObserver = NoopResizeObserver;

/** Renders inside a FluentProvider, as every surface does. */
export function renderInFluent(node: ReactNode) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}
