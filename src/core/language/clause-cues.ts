/**
 * Words that mark how a clause is meant, in English and Welsh, folded: who speaks to
 * whom, whether it is denied, asked, demanded, supposed or reported. They become
 * features of a sentence; none of them alone makes a finding.
 */
export const CLAUSE_CUES: Readonly<Record<string, ReadonlyArray<string>>> = {
  negation: ['not', 'no', 'never', 'nothing', 'neither', 'nor', 'without', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "shouldn't", "wouldn't", "isn't", "aren't", "wasn't", "haven't", 'ddim', 'dim', 'nid', 'na', 'nac', 'byth', 'heb'],
  secondPerson: ['you', 'your', 'yours', "you're", "you'll", "you've", "you'd", 'yourself', 'ti', 'di', 'chi', 'eich', 'dy', "ti'n", "chi'n", 'wnei', 'wnewch', 'allech', 'allet', 'gallech', 'elli', 'gelli'],
  firstPerson: ['i', 'me', 'my', 'we', 'our', 'us', "i'm", "i've", "i'll", "i'd", "we're", "we'll", 'fi', 'i', 'dw', 'dwi', 'rydw', 'fy', 'ni', 'ein', 'rydyn', "dw'i"],
  obligation: ['must', 'need', 'needs', 'needed', 'have to', 'has to', 'got to', 'require', 'required', 'expect', 'insist', 'want', 'wants', 'demand', 'rhaid', 'angen', 'eisiau', 'isio', 'moyn', 'disgwyl', 'mynnu'],
  request: ['please', 'could', 'can', 'would', 'kindly', 'plis', 'gwelwch', 'byddwn', 'diolchgar', 'allech', 'gallech', 'wnei', 'wnewch'],
  conditional: ['if', 'unless', 'otherwise', 'or else', 'os', 'oni', 'neu', 'fel arall'],
  reported: ['said', 'says', 'told', 'according', 'claimed', 'claims', 'alleged', 'apparently', 'reportedly', 'dywedodd', 'meddai', 'honnodd', 'yn ôl', 'yn ol'],
};

/** Words after which, to the end of the clause, someone else's words are being reported. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'claimed', 'claims', 'alleged', 'dywedodd', 'meddai', 'honnodd', 'wrote', 'asked']);

/** How many words after a negation it reaches ("no need to change" negates "change"). */
export const NEGATION_REACH = 3;
