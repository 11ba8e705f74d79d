import { readFileSync } from 'fs';
import { join } from 'path';
import { createChecker, parsePolicy } from '../../../src/core';
import type { PolicyState } from '../../../src/outlook/policy/policy-source';

/** The product's own sample council (assets/sample/council.json). */
export const COUNCIL = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'assets', 'sample', 'council.json'), 'utf8'));

export function samplePolicyState(): PolicyState {
  const parsed = parsePolicy({ schemaVersion: 1, directory: COUNCIL });
  if (!parsed.ok) throw new Error('sample council policy is invalid: ' + JSON.stringify(parsed.problems));
  return { policy: parsed.value, checker: createChecker(parsed.value), origin: 'stored' };
}

const officer = { displayName: 'Will Parry', emailAddress: 'will.parry@glannauteifi.gov.uk' };
const cllrBowen = { displayName: 'Cllr Eirlys Bowen', emailAddress: 'cllr.eirlys.bowen@glannauteifi.gov.uk' };
const cllrPrysJones = { displayName: 'Cllr Siân Prys-Jones', emailAddress: 'cllr.sian.prys-jones@glannauteifi.gov.uk' };

const quoted =
  '\n\nFrom: Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>\nSent: 14 October\nTo: Will Parry\nSubject: Scrutiny dates\n\nWill, when will scrutiny look at the library closures?';

/** An officer replies to a councillor and silently Bccs another councillor: warns (silent-copy). */
export const SILENT_COPY = {
  user: officer,
  to: [cllrBowen],
  bcc: [cllrPrysJones],
  subject: 'RE: Scrutiny dates',
  body: 'Dear Cllr Bowen,\n\nThe scrutiny dates for the spring are attached.\n\nWill' + quoted,
};

/** The same reply with the copy open (Cc, the author in To): clean. */
export const CLEAN = {
  user: officer,
  to: [cllrBowen],
  cc: [],
  subject: 'RE: Scrutiny dates',
  body: 'Dear Cllr Bowen,\n\nThe scrutiny dates for the spring are attached.\n\nWill' + quoted,
};

/** A councillor asks an officer for party leaflets in Welsh: blocks (partisan-request, restricted officer). */
export const BLOCKED = {
  user: { displayName: 'Cllr Siân Prys-Jones', emailAddress: 'cllr.sian.prys-jones@glannauteifi.gov.uk' },
  to: [officer],
  subject: 'Taflen',
  body: "Will, allech chi baratoi ffigurau'r ysgolion newydd ar gyfer taflen etholiad Plaid Cymru? Diolch",
};
