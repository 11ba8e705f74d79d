import council from '../../assets/sample/council.json';
import silentCopy from '../../assets/sample/drafts/01-silent-copy.json';
import openCopy from '../../assets/sample/drafts/02-open-copy-ok.json';
import namedCriticism from '../../assets/sample/drafts/04-named-criticism.json';
import praise from '../../assets/sample/drafts/05-praise-ok.json';
import obligation from '../../assets/sample/drafts/06-obligation.json';
import { createChecker } from '../core/engine/checker';
import { defaultPolicy } from '../core/policy/resolve-policy';
import type { Directory } from '../core/directory/directory-schema';
import type { MailAddress } from '../core/types';

/** The built-in sample council (assets/sample/council.json) and the checker compiled from it, once. */
export const SAMPLE_COUNCIL = council as unknown as Directory;
export const SAMPLE_POLICY = defaultPolicy(SAMPLE_COUNCIL);
export const SAMPLE_CHECKER = createChecker(SAMPLE_POLICY);

export interface SampleDraft {
  id: string;
  label: { en: string; cy: string };
  message: { from: MailAddress; sentOnBehalfOf?: MailAddress; to: MailAddress[]; cc?: MailAddress[]; bcc?: MailAddress[]; subject?: string; body: string };
}

export const SAMPLE_DRAFTS: SampleDraft[] = [
  { id: 'silent-copy', label: { en: 'An officer’s reply with a councillor in Bcc', cy: 'Ateb swyddog gyda chynghorydd yn Bcc' }, message: silentCopy },
  { id: 'open-copy', label: { en: 'An open copy, with the author told', cy: "Copi agored, gyda'r awdur yn gwybod" }, message: openCopy },
  { id: 'named-criticism', label: { en: 'A councillor criticises a named officer', cy: 'Cynghorydd yn beirniadu swyddog wrth ei enw' }, message: namedCriticism },
  { id: 'obligation', label: { en: 'A councillor accepts a quote', cy: 'Cynghorydd yn derbyn dyfynbris' }, message: obligation },
  { id: 'praise', label: { en: 'A councillor thanks an officer', cy: 'Cynghorydd yn diolch i swyddog' }, message: praise },
];

/** Everyone in the sample council, as "Name <email>", for the address fields' suggestions. */
export const COUNCIL_ADDRESSES: string[] = SAMPLE_COUNCIL.people
  .filter((p) => p.email)
  .map((p) => `${p.role === 'councillor' && !p.isGroup ? 'Cllr ' : ''}${p.name} <${p.email}>`);
