/**
 * Which CSV column holds which field of a person. HR and directory exports name
 * their columns every which way ("E-mail Address", "Surname", "Post title"), so we
 * guess from the headers and let the monitoring officer correct the guess.
 */
export const PERSON_FIELDS = ['name', 'firstName', 'lastName', 'email', 'role', 'jobTitle', 'title', 'party', 'politicallyRestricted'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Field -> column index in the CSV (undefined: not in this file). */
export type ColumnMapping = Partial<Record<PersonField, number>>;

/** Header words that point at each field; first match wins, most specific fields first. */
const CLUES: ReadonlyArray<[PersonField, RegExp]> = [
  ['politicallyRestricted', /(polit.*restrict|restrict|cyfyngedig|pora)/],
  ['email', /(e-?mail|mail address|smtp|cyfeiriad e-?bost|e-?bost)/],
  ['firstName', /^(first ?name|forename|given ?name|enw cyntaf)$/],
  ['lastName', /^(last ?name|surname|family ?name|cyfenw)$/],
  ['jobTitle', /(job ?title|post ?title|position|job|swydd)/],
  ['title', /(office|title of office|^title$|teitl|cabinet|portfolio)/],
  ['party', /(party|group|plaid)/],
  ['role', /(role|type|category|rôl|math)/],
  ['name', /(full ?name|display ?name|^name$|^enw$|enw llawn|person)/],
];

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ');
}

export function guessMapping(headers: ReadonlyArray<string>): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const [field, clue] of CLUES) {
    const index = headers.findIndex((h, i) => !used.has(i) && clue.test(normaliseHeader(h)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  // A bare "name" column wins over first/last name; without one, first + last make the name.
  if (mapping.name === undefined && mapping.firstName === undefined && mapping.lastName === undefined) {
    const loose = headers.findIndex((h, i) => !used.has(i) && /name|enw/.test(normaliseHeader(h)));
    if (loose >= 0) mapping.name = loose;
  }
  return mapping;
}
