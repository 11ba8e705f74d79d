import { ROSTER_EMAIL, type Role } from '../../core';

/**
 * Reading the words people type into spreadsheet cells: roles and yes/no, in
 * English and Welsh. Returns undefined when the value is not understood, so the
 * caller can report it instead of guessing.
 */
const ROLE_WORDS: ReadonlyArray<[Role, RegExp]> = [
  ['political-assistant', /^(political assistant|political-assistant|pa|group support officer|cynorthwy\w* gwleidyddol)$/],
  ['councillor', /^(councillor|cllr|member|elected member|councillors|cynghorydd|cynghorwyr|aelod|aelod etholedig)$/],
  ['officer', /^(officer|employee|staff|member of staff|clerk|officers|swyddog|swyddogion|gweithiwr|clerc)$/],
  ['press', /^(press|media|journalist|reporter|wasg|y wasg|cyfryngau|newyddiadurwr)$/],
];

export function readRole(value: string): Role | undefined {
  const v = value.trim().toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ');
  if (v === '') return undefined;
  for (const [role, words] of ROLE_WORDS) if (words.test(v)) return role;
  return undefined;
}

const YES = new Set(['yes', 'y', 'true', '1', 'ie', 'do', 'oes', 'ydy', 'restricted', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'na', 'nac ydy', 'nac oes', 'naddo', '-', 'not restricted']);

/** Yes/no cell: true, false, undefined when blank, or 'unknown' when it cannot be read. */
export function readYesNo(value: string): boolean | undefined | 'unknown' {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return 'unknown';
}

/** The same loose check the engine's directory schema uses (linear on any cell). */
export function isEmailAddress(value: string): boolean {
  return ROSTER_EMAIL.test(value);
}
