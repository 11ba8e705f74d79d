import type { Person } from '../../core';

/** Folds case and accents so "sian" finds "Siân". */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Indexes of the people matching every word of the query, in roster order (a roster can hold 30,000). */
export function findPeople(people: ReadonlyArray<Person>, query: string): number[] {
  const words = fold(query).split(/\s+/).filter((w) => w !== '');
  const out: number[] = [];
  people.forEach((p, i) => {
    if (words.length === 0) return out.push(i);
    const hay = fold([p.name, p.email, p.jobTitle, p.title, p.party, p.role].filter(Boolean).join(' '));
    if (words.every((w) => hay.includes(w))) out.push(i);
  });
  return out;
}
