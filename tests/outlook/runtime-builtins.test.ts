/**
 * The on-send bundle's stand-ins for library functions an older Outlook runtime lacks. They
 * run on draft text, so they must be linear: the trimEnd stand-in once used a pattern that
 * re-read a run of spaces from each of its characters (quadratic on a long run inside a sentence).
 */
describe('runtime built-ins for older Outlook runtimes', () => {
  const proto = String.prototype as unknown as Record<string, unknown>;
  const saved = { trimEnd: proto.trimEnd, trimStart: proto.trimStart };

  beforeAll(async () => {
    delete proto.trimEnd;
    delete proto.trimStart;
    await jest.isolateModulesAsync(async () => {
      await import('../../src/outlook/commands/runtime-builtins');
    });
  });
  afterAll(() => {
    proto.trimEnd = saved.trimEnd;
    proto.trimStart = saved.trimStart;
  });

  it('stand in when the runtime has none', () => {
    expect(proto.trimEnd).not.toBe(saved.trimEnd);
    expect(proto.trimStart).not.toBe(saved.trimStart);
  });

  it('trim as the built-ins do, white space of every kind included', () => {
    for (const s of ['', ' ', 'a', '  a b  ', '\t\n a\u00a0\ufeff', '\u2028x\u3000', 'x\u200by ']) {
      expect(s.trimEnd()).toBe((saved.trimEnd as () => string).call(s));
      expect(s.trimStart()).toBe((saved.trimStart as () => string).call(s));
    }
  });

  it('answers on half a megabyte of spaces inside a sentence, and at its end', () => {
    const spaces = ' '.repeat(512 * 1024);
    expect(('a' + spaces + 'b.').trimEnd()).toBe('a' + spaces + 'b.');
    expect(('a' + spaces + 'b' + spaces).trimEnd()).toBe('a' + spaces + 'b');
    expect((spaces + 'a').trimStart()).toBe('a');
  });
});
