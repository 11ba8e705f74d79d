import { DirectorySchema, type DirectoryInput } from '../../core';
import sampleCouncil from '../../../assets/sample/council.json';

/**
 * A small sample council, used as the published roster when no policy.json sits
 * beside the page (a first visit, a demo). Fictional people at a fictional council.
 */
const INLINE_COUNCIL: DirectoryInput = {
  organisation: 'Bryn Teg County Borough Council',
  internalDomains: ['brynteg.gov.uk'],
  pressDomains: ['bbc.co.uk', 'walesonline.co.uk'],
  personalDomains: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com'],
  people: [
    { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk', role: 'councillor', party: 'Labour', title: 'Leader of the Council' },
    { name: 'Bethan Davies', email: 'cllr.bethan.davies@brynteg.gov.uk', role: 'councillor', party: 'Plaid Cymru', title: 'Chair, Planning Committee' },
    { name: 'Colin Hughes', email: 'cllr.colin.hughes@brynteg.gov.uk', role: 'councillor', party: 'Conservative' },
    { name: 'All Members', email: 'allmembers@brynteg.gov.uk', role: 'councillor', isGroup: true },
    { name: 'Sarah Thomas', email: 'sarah.thomas@brynteg.gov.uk', role: 'officer', jobTitle: 'Chief Executive', politicallyRestricted: true },
    { name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk', role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true },
    { name: 'Rhys Morgan', email: 'rhys.morgan@brynteg.gov.uk', role: 'officer', jobTitle: 'Democratic Services Officer' },
    { name: 'Hannah Ali', email: 'hannah.ali@brynteg.gov.uk', role: 'political-assistant', party: 'Labour' },
    { name: 'Ffion Jones', email: 'ffion.jones@walesonline.co.uk', role: 'press' },
  ],
};

/** The project's sample council (assets/sample/council.json) when it is valid, else the inline one above. */
export const FALLBACK_COUNCIL: DirectoryInput = DirectorySchema.safeParse(sampleCouncil).success
  ? (sampleCouncil as unknown as DirectoryInput)
  : INLINE_COUNCIL;
