/** Lower case without diacritics, so "sian" finds "Siân" and "Ffion" finds "ffion". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
