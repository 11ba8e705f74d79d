import fc from 'fast-check';
import { buildDraft, parseMessage } from '../../src/core';
import type { Person } from '../../src/core/directory/directory-schema';
import { NameFinder, nameWords, type NameMention } from '../../src/core/directory/name-finder';
import { keepRosterNames, nameColumns, wordsOfPerson } from '../../src/core/directory/roster-names';
import { NAME_TITLES, nameKey, nameKeyWords } from '../../src/core/message/address';
import { fold } from '../../src/core/text/fold';
import { keepWordChars } from '../../src/core/text/letters';
import { sentenceUnits, type SentenceUnit } from '../../src/core/learned/features';
import { firstOccurrencesIn } from '../../src/core/learned/first-occurrences';
import { hashFeature, hashFeatureFrom, hashState } from '../../src/core/learned/hash';
import { SentenceScorer, encodeHashes, toBase64, type WeightsFile } from '../../src/core/learned/model';
import SHIPPED_WEIGHTS from '../../src/core/learned/weights.json';
import { isAllCaps, tokenize } from '../../src/core/text/tokenize';
import { hasLetter } from '../../src/core/text/letters';
import { isCapsWord } from '../../src/core/rules/bullying-language';
import { linesOf } from '../../src/core/zones/paragraphs';
import { splitLines } from '../../src/core/draft/quoted-history';
import { loadBatches } from '../../src/devtools/learn/corpus';
import { NameFinder as ReferenceNameFinder } from './reference/name-finder-v1';
import { ReferenceScorer } from './reference/sentence-scorer-v1';
import { sentenceUnits as referenceUnits } from './reference/sentence-units-v1';

/**
 * The speed work of issue 10 changed how the feature stage, the learned scorer and the name finder
 * do their work, never what they give: each is compared here with the code as it was before
 * (tests/core/reference/), on the whole corpus and on random input, and must agree exactly (every
 * feature hash in order, every token, every score to the last bit, every mention in order).
 */

/** The fields the reference (v1) gave, after checking the two added since: a count that is the features' length, and no scores unless asked. */
function asReference(units: SentenceUnit[]): Array<Pick<SentenceUnit, 'span' | 'features' | 'tokenOf' | 'words'>> {
  return units.map(({ span, features, tokenOf, words, featureCount, scores }) => {
    expect(featureCount).toBe(features.length);
    expect(scores).toBeUndefined();
    return { span, features, tokenOf, words };
  });
}

describe('the feature stage gives what it gave before the speed work', () => {
  const settings = [[], ['from-councillor', 'to-officer'], ['chat', 'from-officer', 'to-outside', 'to-press']];

  it('on every message of the corpus: the same features, tokens and words in every sentence', () => {
    let sentences = 0;
    for (const kind of ['train', 'test'] as const) {
      for (const batch of loadBatches(kind)) {
        const checker = batch.checker();
        batch.messages.forEach((m, n) => {
          const parsed = parseMessage(m.message);
          if (!parsed.ok) return;
          const draft = buildDraft(parsed.value);
          const { ownMatches, namesInNewText } = checker.analyse(draft);
          const names = namesInNewText();
          const setting = settings[n % settings.length];
          const roleOf = (x: (typeof names)[number]) => x.person.role;
          const units = sentenceUnits(draft, ownMatches, names, roleOf, setting);
          expect(asReference(units)).toEqual(referenceUnits(draft, ownMatches, names, roleOf, setting));
          sentences += units.length;
        });
      }
    }
    expect(sentences).toBeGreaterThan(1000);
  });

  it('on long one-line text full of names, numbers, negation and reported speech', () => {
    const body = Array.from({ length: 400 }, (_, i) =>
      [`Cllr Jones said I need you to withdraw the report by ${i}pm, not £${i}k.`, "Dywedodd Siân Prys-Jones nad oedd hi'n hapus?", 'You must NOT tell Plaid Cymru.'][i % 3],
    ).join(' ');
    const parsed = parseMessage({ channel: 'email', from: { email: 'a@b.c' }, to: [], subject: 'x', body });
    if (!parsed.ok) throw new Error('bad message');
    const draft = buildDraft(parsed.value);
    const tokens = draft.tokens;
    // A made-up mention every 37 words and a party every 53: the feature stage reads them by token.
    const mentions: NameMention[] = [];
    for (let t = 5; t + 1 < tokens.length; t += 37) mentions.push({ person: { name: 'X Y', role: t % 2 ? 'officer' : 'councillor' } as Person, start: tokens.start(t), end: tokens.end(t + 1), firstToken: t, lastToken: t + 1, how: 'full-name' as const });
    const matches = [];
    for (let t = 11; t < tokens.length; t += 53) matches.push({ list: 'partisan-request\u0000parties', start: tokens.start(t), end: tokens.end(t), firstToken: t, lastToken: t });
    const roleOf = (x: NameMention) => x.person.role;
    expect(asReference(sentenceUnits(draft, matches as never, mentions, roleOf, ['from-councillor']))).toEqual(referenceUnits(draft, matches as never, mentions, roleOf, ['from-councillor']));
  });

  it('hashes a pair feature on from a kept state exactly as it hashes the whole name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(hashFeatureFrom(hashState(a), b)).toBe(hashFeature(a + b));
        expect(hashFeatureFrom(hashState('|', hashState(a, hashState('b:'))), b)).toBe(hashFeature('b:' + a + '|' + b));
      }),
    );
  });

  it('keeps the first occurrence of each feature, in order, with its token', () => {
    // Few distinct values, some equal in their low bits, so the table's probing is exercised.
    const feature = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 1, 0x80000000, 0xffffffff, 0x10000, 0x20000, 0x8000, 0x18000));
    fc.assert(
      fc.property(fc.array(fc.tuple(feature, fc.integer({ min: -1, max: 100 })), { maxLength: 5000 }), (pairs) => {
        const features = pairs.map((p) => p[0]);
        const tokenOf = pairs.map((p) => p[1]);
        const seen = new Set<number>();
        const keep = features.map((f) => !seen.has(f) && seen.add(f) !== undefined);
        const kept = firstOccurrencesIn(features, tokenOf, features.length);
        features.length = kept;
        tokenOf.length = kept;
        expect(features).toEqual(pairs.filter((_, k) => keep[k]).map((p) => p[0]));
        expect(tokenOf).toEqual(pairs.filter((_, k) => keep[k]).map((p) => p[1]));
      }),
    );
  });
});

describe('the learned scorer gives what it gave before the speed work', () => {
  const shipped = SHIPPED_WEIGHTS as WeightsFile;

  /** A weights file with hashes shared between rules and hashes that share their low bits. */
  function syntheticWeights(rules: number[][], weights: number[]): WeightsFile {
    const file: WeightsFile = { version: 1, about: 'test', rules: {} };
    rules.forEach((hashes, r) => {
      const sorted = [...new Set(hashes)].sort((a, b) => a - b);
      file.rules[`rule-${r}`] = {
        bias: r / 7 - 0.3,
        scale: 0.0437 + r / 1000,
        threshold: 1,
        features: encodeHashes(sorted),
        weights: toBase64(Uint8Array.from(sorted, (_, k) => weights[(k + r) % weights.length] & 0xff)),
      };
    });
    return file;
  }

  function compare(file: WeightsFile, units: Array<{ features: number[]; tokenOf: number[] }>): void {
    const scorer = new SentenceScorer(file);
    const reference = new ReferenceScorer(file);
    expect(scorer.ruleIds).toEqual(reference.ruleIds);
    for (const u of units) {
      const unit = { span: { start: 0, end: 0 }, words: 3, featureCount: u.features.length, scores: undefined, ...u };
      expect(scorer.score(unit)).toEqual(reference.score(unit));
      for (let r = 0; r < scorer.ruleIds.length; r++) expect(scorer.explain(unit, r)).toEqual(reference.explain(unit, r));
    }
  }

  it('on the shipped weights, for sentences of the corpus and of random hashes', () => {
    const units: Array<{ features: number[]; tokenOf: number[] }> = [];
    for (const batch of loadBatches('test').slice(0, 2)) {
      const checker = batch.checker();
      for (const m of batch.messages.slice(0, 60)) {
        const parsed = parseMessage(m.message);
        if (parsed.ok) units.push(...checker.analyse(buildDraft(parsed.value)).units);
      }
    }
    expect(units.length).toBeGreaterThan(100);
    const random = fc.sample(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 }), { numRuns: 50, seed: 10 });
    compare(shipped, [...units, ...random.map((features) => ({ features, tokenOf: features.map((_, k) => (k % 5) - 1) }))]);
  });

  it('on random weights files, hashes shared between rules and crowded into one slot', () => {
    const hash = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 0x80000000, 0xffffffff, 0x10000, 0x20000, 0x30000, 5, 0x10005));
    fc.assert(
      fc.property(fc.array(fc.array(hash, { maxLength: 60 }), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }), (rules, weights) => {
        const file = syntheticWeights(rules, weights);
        const all = rules.flat();
        compare(file, [{ features: all, tokenOf: all.map((_, k) => k % 3) }, { features: [...all].reverse().concat([7, 0x7fffffff]), tokenOf: all.map(() => -1).concat([0, 1]) }]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the name finder finds what it found before its groups were built on demand', () => {
  const FIRST = ['Siân', 'Gareth', 'Gwenllian', 'Ioan', 'Lloyd-Rhys', 'Tomos', 'Catrin', 'Dafydd', 'Ann', 'Mair'];
  const LAST = ['Jones', 'Prys-Jones', "O'Connell", 'ap Huw', 'Lloyd-Davies', 'Hâf', 'Baker', 'Evans', 'Ll. Jones', 'Rees', 'Mai-Lee Rhys-Wyn'];
  const person = fc.record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    // "Jones's" inside a name: a text's "Ann Jones's Rees" then finds "Ann Jones's Rees" and "Ann Jones" at one
    // place, from candidates under both "jones's" and "jones", read in the order they were added.
    middle: fc.option(fc.constantFrom('Wyn', 'Ll.', 'Mai-Lee', "Jones's"), { nil: undefined }),
    alias: fc.option(fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)), { nil: undefined }),
    role: fc.constantFrom('councillor', 'officer', 'press'),
    isGroup: fc.boolean(),
  });
  const fillers = ['said', 'and', 'the', 'report', 'Mr', 'Cllr', 'Y Cynghorydd', 'i', 'gan', 'a', "'s", '.', 'Dr T.'];
  const mutate = (name: string, how: number) => (how === 1 ? name.replace(/^G/, '') : how === 2 ? name.replace(/^C/, 'Ch') : how === 3 ? name.replace(/^D/, 'Dd') : name);

  it('on random rosters and texts made of their names', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(100), fc.nat(12), fc.nat(6)), { maxLength: 60 }), (spec, picks) => {
        const people: Person[] = spec.map((p) => ({
          name: [p.first, p.middle, p.last].filter(Boolean).join(' '),
          role: p.role as Person['role'],
          ...(p.alias ? { aliases: [p.alias.join(' ')] } : {}),
          ...(p.isGroup ? { isGroup: true } : {}),
        }));
        const text = picks
          .map(([who, filler, how]) => {
            const p = people[who % people.length];
            const name = how === 4 && p.aliases ? p.aliases[0] : how === 6 ? p.name.replace(/-/g, ' ') : mutate(p.name, how);
            return `${fillers[filler % fillers.length]} ${how === 5 ? name.split(' ').pop() : name}${filler % 4 === 0 ? "'s" : ''}`;
          })
          .join(' ');
        const tokens = tokenize(text);
        const expected = new ReferenceNameFinder(people).find(tokens);
        const index = (m: { person: Person; start: number; end: number; firstToken: number; lastToken: number; how: string }) => ({ ...m, person: people.indexOf(m.person) });
        expect(new NameFinder(people).find(tokens).map(index)).toEqual(expected.map(index));
        // As a compiled roster loads it: the words written out, read without splitting them.
        const directory = { organisation: '', internalDomains: [], pressDomains: [], personalDomains: [], people };
        const { words } = nameColumns(directory);
        keepRosterNames(directory, nameColumns(directory));
        const compiled = new NameFinder(people, (i) => wordsOfPerson(directory, i), words);
        expect(compiled.find(tokens).map(index)).toEqual(expected.map(index));
        // And with the maps a compiled roster carries (NameFinder.nameIndex), given back instead of built again.
        const carried = new NameFinder(people, (i) => wordsOfPerson(directory, i), words, new NameFinder(people, undefined, words).nameIndex());
        expect(carried.find(tokens).map(index)).toEqual(expected.map(index));
      }),
      { numRuns: 300 },
    );
  });
});

describe('names of ASCII letters, digits, apostrophes and hyphens take the short way to the same words', () => {
  // What the long way (split, fold, keep word characters) makes of a name with no brackets.
  const longKeyWords = (name: string) => {
    const words = name.split(/[\s,]+/).map((w) => keepWordChars(fold(w), "'-")).filter((w) => w !== '');
    while (words.length > 1 && (NAME_TITLES.has(words[0]) || (words[0] === 'y' && words[1] === 'cynghorydd'))) words.shift();
    return words;
  };
  const longNameWords = (name: string) => name.split(/\s+/).filter((w) => w !== '').map((w) => keepWordChars(fold(w), "'-")).filter((w) => w !== '');
  const word = fc.stringMatching(/^[A-Za-z0-9'-]{1,8}$/);

  it('for nameKeyWords (display names) and nameWords (the name finder)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('Cllr', 'Y', 'Cynghorydd', 'Dr', 'MR', 'y', "O'Connell", 'Prys-Jones', '-', "'", '12')), { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(' ');
        expect(nameKeyWords(name)).toEqual(longKeyWords(name));
        expect(nameKey(name)).toBe(longKeyWords(name).join(' '));
        expect(nameWords(name)).toEqual(longNameWords(name));
      }),
      { numRuns: 500 },
    );
  });

  it('for names beyond ASCII that are plain once folded, and for those that are not', () => {
    // Welsh and other Latin letters in both cases, curly apostrophes, Unicode dashes, a no-break space, a
    // lone combining mark, dotted capital I, Greek capital sigma and a comma: folded whole or word by word.
    const letter = fc.constantFrom(...'aAzZ09\'-âÂêÊîÎôÔûÛŵŴŷŶïÏäéÉñçøßæ’‘ʼ`´‐–—\u00a0\u0301İΣσ.,'.split(''));
    const odd = fc.array(letter, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ', ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(word, odd, fc.constantFrom('Siân', 'GWENLLÏAN', 'Prys‐Jones', 'O’Connell', 'Cllr', 'Y', 'Cynghorydd', 'Dŵr')), separator), { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join('');
        expect(nameKeyWords(name)).toEqual(longKeyWords(name));
        expect(nameKey(name)).toBe(longKeyWords(name).join(' '));
        expect(nameWords(name)).toEqual(longNameWords(name));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('folding a text of Latin letters one character at a time gives what normalising it gives', () => {
  // fold as it was: lower case, then (beyond ASCII) decompose, drop the marks, one apostrophe and one dash.
  const reference = (word: string) => {
    const lower = word.toLowerCase();
    // eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
    if (!/[^\u0000-\u007f]/.test(lower)) return lower;
    return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-');
  };
  const latin = Array.from({ length: 0x250 - 0x80 }, (_, k) => String.fromCharCode(0x80 + k));
  const others = ['a', 'Z', ' ', '`', "'", '-', '\u2018', '\u2019', '\u02bc', '\u2010', '\u2014', '\u2015', '\u0301', '\u0308', '\u0327', 'İ', 'Σ', 'ς', 'ẁ', 'Ŵ', '한', 'ﬁ', '\u00b4', '\ud83d\ude00'];

  it('for every Latin character alone, and for random texts of them with ASCII, marks and other scripts', () => {
    for (const ch of latin) expect(fold(ch)).toBe(reference(ch));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...latin), fc.constantFrom(...others)), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(fold(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('lines and words in capitals are found as they were before the speed work', () => {
  // Texts of line breaks, carriage returns, capitals, small letters, digits, Welsh letters and spaces.
  const text = fc.array(fc.constantFrom('\n', '\r', '\r\n', ' ', 'A', 'Z', 'a', 'z', '7', "'", '-', 'Â', 'â', 'Ŵ', 'ŵ', 'İ', 'NHS', 'Sian', 'ß'), { maxLength: 40 }).map((parts) => parts.join(''));

  it('linesOf: every line of any range, with its offsets, as a loop over every character gave', () => {
    const reference = (t: string, from: number, to: number) => {
      const out: Array<{ start: number; end: number; text: string }> = [];
      let start = from;
      for (let i = from; i <= to; i++) {
        if (i === to || t.charCodeAt(i) === 10) {
          if (i > start || i < to) out.push({ start, end: i, text: t.slice(start, i) });
          start = i + 1;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const to = from + (t.length - from === 0 ? 0 : b % (t.length - from + 1));
        expect(linesOf(t, from, to)).toEqual(reference(t, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('splitLines (quoted history): every line, a carriage return before its break left off, as before', () => {
    const reference = (t: string) => {
      const lines: Array<{ start: number; end: number; text: string }> = [];
      let start = 0;
      for (let i = 0; i <= t.length; i++) {
        if (i === t.length || t.charCodeAt(i) === 10) {
          const end = i > start && t.charCodeAt(i - 1) === 13 ? i - 1 : i;
          lines.push({ start, end, text: t.slice(start, end) });
          start = i + 1;
        }
      }
      return lines;
    };
    fc.assert(fc.property(text, (t) => expect(splitLines(t)).toEqual(reference(t))), { numRuns: 3000 });
  });

  it('isCapsWord: a word is in capitals exactly when its case tests said so', () => {
    let capitals = 0;
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        for (let i = 0; i < tokens.length; i++) {
          const word = tokens.text(i);
          const first = word.charAt(0);
          const expected = first !== first.toLowerCase() && isAllCaps(word) && hasLetter(word);
          expect(isCapsWord(tokens, i)).toBe(expected);
          if (expected) capitals++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(capitals).toBeGreaterThan(100);
  });
});
