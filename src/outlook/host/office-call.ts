/**
 * Turns one Office.js `xxxAsync(..., callback)` call into a promise that settles exactly once:
 * with the value on success, with an Error on a failed result or a synchronous throw.
 * No Office global is touched here; the caller passes the call.
 */
export interface AsyncResultLike<T> {
  status: string | number;
  value: T;
  error?: { message?: string; name?: string } | null;
}

/** Office.AsyncResultStatus.Succeeded is the string "succeeded" in every host. */
const SUCCEEDED = 'succeeded';

export function officeCall<T>(invoke: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && String(result.status).toLowerCase() === SUCCEEDED) resolve(result.value);
        else reject(new Error((result && result.error && (result.error.message || result.error.name)) || 'Office call failed'));
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
