/**
 * Fetches policy.json with a hard timeout. Only the policy file is requested; no message text
 * ever goes to a server. Resolves with the parsed JSON (unknown: it is validated by the caller).
 */
export type FetchJson = (url: string, timeoutMs: number) => Promise<unknown>;

export const fetchJsonWithTimeout: FetchJson = (url, timeoutMs) => {
  if (typeof fetch !== 'function') return Promise.reject(new Error('fetch is not available in this runtime'));
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  return new Promise<unknown>((resolve, reject) => {
    const timer =
      typeof setTimeout === 'function'
        ? setTimeout(() => {
            if (controller) controller.abort();
            reject(new Error(`policy fetch timed out after ${timeoutMs} ms`));
          }, timeoutMs)
        : undefined;
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
    };
    fetch(url, { cache: 'no-cache', credentials: 'same-origin', signal: controller ? controller.signal : undefined })
      .then((response) => {
        if (!response.ok) throw new Error(`policy fetch failed: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(
        (json) => {
          finish();
          resolve(json);
        },
        (error: unknown) => {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
  });
};
