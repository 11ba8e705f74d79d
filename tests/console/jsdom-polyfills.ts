import { TextDecoder, TextEncoder } from 'util';

/**
 * What jsdom leaves out and the console's dependencies expect: postal-mime (the
 * .eml reader) needs TextEncoder/TextDecoder when it loads; Fluent's MessageBar
 * watches its size with ResizeObserver; jsdom's Blob (File) has no text() or
 * arrayBuffer(), which the test bench reads files with. Import this first in a component test.
 */
const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
if (!g.ResizeObserver) {
  g.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

function readBlob(blob: Blob, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(reader.result as string | ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}
if (typeof Blob !== 'undefined') {
  const proto = Blob.prototype as unknown as Record<string, unknown>;
  if (!proto.text) proto.text = function (this: Blob) { return readBlob(this, 'text'); };
  if (!proto.arrayBuffer) proto.arrayBuffer = function (this: Blob) { return readBlob(this, 'buffer'); };
}
