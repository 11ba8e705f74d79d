import { emlToMessage } from './eml-to-message';
import { splitMbox } from './mbox-split';
import type { MessageInput } from '../core';

export type MboxEntry = { index: number; ok: true; message: MessageInput } | { index: number; ok: false; size?: number; error?: string };

/**
 * Every message of an mbox, read as .eml. One bad or oversized message is reported by its
 * number (from 1) and the rest are still read.
 */
export async function mboxToMessages(raw: Uint8Array, maxMessageBytes = Infinity): Promise<MboxEntry[]> {
  const entries: MboxEntry[] = [];
  const parts = splitMbox(raw);
  for (let i = 0; i < parts.length; i++) {
    const index = i + 1;
    if (parts[i].length > maxMessageBytes) {
      entries.push({ index, ok: false, size: parts[i].length });
      continue;
    }
    try {
      entries.push({ index, ok: true, message: await emlToMessage(parts[i]) });
    } catch (e) {
      entries.push({ index, ok: false, error: (e as Error).message });
    }
  }
  return entries;
}
