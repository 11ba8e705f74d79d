import type { BuiltInRuleId } from '../../types';
import { bullying } from './bullying';
import { confidential } from './confidential';
import { criticism } from './criticism';
import { influence } from './influence';
import { instruction } from './instruction';
import { media } from './media';
import { obligation } from './obligation';
import { partisan } from './partisan';
import { report } from './report';
import { restricted } from './restricted';
import type { DefaultLists } from './types';

/**
 * The default policy's phrase lists, in English and Welsh, per rule. Monitoring
 * officers add to and take from these in their policy; rules never hold words.
 */
export const DEFAULT_PHRASES: Record<BuiltInRuleId, DefaultLists> = {
  'silent-copy': {},
  'obligation-in-councillor-name': obligation,
  'named-employee-criticism': criticism,
  'partisan-request': partisan,
  'media-dispute': media,
  'confidential-disclosure': confidential,
  'bullying-language': bullying,
  'report-pressure': report,
  'individual-instruction': instruction,
  'improper-influence': influence,
  'restricted-officer-political-activity': restricted,
};

export type { DefaultList, DefaultLists } from './types';
