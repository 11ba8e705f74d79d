import { MESSAGE_EXTENSIONS, type ReadProblem } from './read-problem';
import { withTextBody } from './text-body';

/**
 * One reader of message files for every surface (the command line, the console's test
 * bench): given a file's name and bytes, the messages in it. A .json, .eml or .msg holds
 * one message; an mbox holds many, named `file.mbox#1`, `#2`...
 *
 * The .eml, .msg and mbox readers are loaded only when such a file is read (dynamic
 * import), so checking .json costs neither postal-mime nor the .msg reader.
 */
export type MessageKind = 'json' | 'eml' | 'msg' | 'mbox';

export type ReadEntry = { name: string; ok: true; message: unknown } | { name: string; ok: false; problem: ReadProblem };

/** The largest single message read (a 10 MB body is already far past any real email's text). */
export const MAX_MESSAGE_BYTES = 10_000_000;
/** A .msg carries its attachments inside it, so it may be larger than the text it holds. */
export const MAX_MSG_BYTES = 50_000_000;
/** A mailbox export holds many messages; each is still held to MAX_MESSAGE_BYTES. */
export const MAX_MBOX_BYTES = 500_000_000;

export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function messageKind(name: string): MessageKind | undefined {
  const ext = extensionOf(name);
  if (!(MESSAGE_EXTENSIONS as readonly string[]).includes(ext)) return undefined;
  return ext === '.mbx' ? 'mbox' : (ext.slice(1) as MessageKind);
}

/** The size limit for a file of this kind. */
export function sizeLimit(kind: MessageKind): number {
  return kind === 'msg' ? MAX_MSG_BYTES : kind === 'mbox' ? MAX_MBOX_BYTES : MAX_MESSAGE_BYTES;
}

function detail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function readMessageBytes(name: string, bytes: Uint8Array, kind: MessageKind): Promise<ReadEntry[]> {
  const limit = sizeLimit(kind);
  if (bytes.length > limit) return [{ name, ok: false, problem: { code: 'too-large', size: bytes.length, limit } }];
  switch (kind) {
    case 'json': {
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      try {
        // The engine reads text: a message given only as HTML gets its text body here.
        return [{ name, ok: true, message: withTextBody(JSON.parse(text)) }];
      } catch (e) {
        return [{ name, ok: false, problem: { code: 'not-json', detail: detail(e) } }];
      }
    }
    case 'eml': {
      try {
        const { emlToMessage } = await import(/* webpackChunkName: "read-eml" */ './eml-to-message');
        return [{ name, ok: true, message: await emlToMessage(bytes) }];
      } catch (e) {
        return [{ name, ok: false, problem: { code: 'not-eml', detail: detail(e) } }];
      }
    }
    case 'msg': {
      try {
        const { msgToMessage } = await import(/* webpackChunkName: "read-msg" */ './msg-to-message');
        return [{ name, ok: true, message: withTextBody(msgToMessage(bytes)) }];
      } catch (e) {
        return [{ name, ok: false, problem: { code: 'not-msg', detail: detail(e) } }];
      }
    }
    case 'mbox': {
      let entries;
      try {
        const { mboxToMessages } = await import(/* webpackChunkName: "read-mbox" */ './mbox-to-messages');
        entries = await mboxToMessages(bytes, MAX_MESSAGE_BYTES);
      } catch (e) {
        return [{ name, ok: false, problem: { code: 'not-mbox', detail: detail(e) } }];
      }
      if (entries.length === 0) return [{ name, ok: false, problem: { code: 'empty-mbox' } }];
      return entries.map((entry): ReadEntry => {
        const at = `${name}#${entry.index}`;
        if (entry.ok) return { name: at, ok: true, message: entry.message };
        if (entry.size !== undefined) return { name: at, ok: false, problem: { code: 'too-large', size: entry.size, limit: MAX_MESSAGE_BYTES } };
        return { name: at, ok: false, problem: { code: 'not-eml', detail: entry.error ?? '' } };
      });
    }
  }
}
