/** @jest-environment jsdom */
import './jsdom-polyfills';
import { renderHook } from '@testing-library/react';
import { useHostTheme } from '../../src/console/host/useHostTheme';
import { useLanguage } from '../../src/console/host/useLanguage';
import { inFrame } from '../../src/console/host/teams-theme';

function mockMedia(matching: string[]) {
  window.matchMedia = ((query: string) => ({
    matches: matching.includes(query),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

describe('host theme', () => {
  it('follows the system, then the host, with forced colours winning', () => {
    mockMedia([]);
    expect(renderHook(() => useHostTheme()).result.current).toBe('light');
    mockMedia(['(prefers-color-scheme: dark)']);
    expect(renderHook(() => useHostTheme()).result.current).toBe('dark');
    expect(renderHook(() => useHostTheme('light')).result.current).toBe('light');
    mockMedia(['(forced-colors: active)']);
    expect(renderHook(() => useHostTheme('dark')).result.current).toBe('contrast');
  });
  it('knows it is not in a frame (so Teams JS is never loaded here)', () => {
    expect(inFrame()).toBe(false);
  });
});

describe('language', () => {
  beforeEach(() => window.localStorage.clear());
  it('takes Welsh from the host locale unless the officer chose', () => {
    const { result, rerender } = renderHook(({ locale }: { locale?: string }) => useLanguage(locale), { initialProps: {} });
    expect(result.current[0]).toBe('en');
    rerender({ locale: 'cy-GB' });
    expect(result.current[0]).toBe('cy');
    expect(document.documentElement.lang).toBe('cy');
  });
  it('remembers the officer’s choice', () => {
    window.localStorage.setItem('protocol-guard.console.lang', 'en');
    const { result } = renderHook(() => useLanguage('cy-GB'));
    expect(result.current[0]).toBe('en');
  });
});
