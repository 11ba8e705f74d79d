/**
 * The little words every sentence has (pronouns, articles, auxiliaries, prepositions),
 * in English and Welsh, folded. A run of capitals with none of them is a list, a
 * heading or a masthead; a shouted sentence has them ("I WANT THIS DONE NOW").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'i', 'you', 'we', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'your', 'our', 'their', 'this', 'that',
  'these', 'those', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'must', 'shall', 'not', 'no', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by',
  'and', 'or', 'but', 'if', 'what', 'why', 'how', 'when', 'now', 'so', 'all', 'any', 'get', 'got', "don't", "won't", "can't",
  "i'm", "you're", "it's", 'from', 'as', 'about', 'there', 'here', 'which', 'who', 'also', 'than', 'then', 'very', 'into', 'out', 'up',
  'want', 'need', 'stop', 'just', 'again', 'ever',
  'mae', 'yw', 'ydy', 'ydw', 'rwyt', 'wyt', 'dw', 'dwi', 'rydw', 'rydych', 'chi', 'ti', 'fi', 'ni', 'nhw', 'hyn', 'hwn', 'hon',
  'y', 'yr', "'r", 'a', 'ac', 'o', 'i', 'yn', 'ar', 'am', 'at', 'gyda', 'efo', 'dim', 'ddim', 'nid', 'na', 'nac', 'beth', 'pam',
  "i'r", "mae'r", "i'n", "mae'n", "o'n", "fo'n", "hi'n", "fe'n", "nhw'n", "dyma'r", "ma'r", 'ma', "ma'n", "i'w", "a'r", "o'r", "yw'r", "ydy'r",
  'ond', 'hefyd', 'fe', 'fod', 'ei', 'hi', 'fo', 'e', 'ef', 'gan', 'wrth', 'dros', 'drwy', 'gyda', 'pan', 'sydd', 'oedd', 'roedd',
  'sut', 'pryd', 'rhaid', 'angen', 'eisiau', 'isio', 'nawr', 'rwan', 'rŵan', 'fy', 'eich', 'ein', 'eu', 'bod', 'bydd', 'wedi',
]);
