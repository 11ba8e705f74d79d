import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_IDS, buildDraft, createChecker, parseMessage, type Checker } from '../../core';
import { SentenceScorer, encodeHashes, toBase64, type WeightsFile } from '../../core/learned/model';
import { checkerForDirectory, loadBatches, loadProbes, loadRealMail, realMailUse } from './corpus';
import { tableLookalikes } from './lookalikes';
import { readMessage, type ReadMessage } from './examples';
import { trainLogistic, type TrainingRow } from './logistic';

/**
 * `npm run train`: fits one sentence scorer per text rule on the corpus's training
 * split (plus real negative sentences from the even half of ../shared/realmail),
 * sets each threshold on the development split, and writes src/core/learned/weights.json.
 * Deterministic: fixed seed, sorted inputs, no clock.
 */
const SEED = 20261201;
const KEEP_PER_RULE = 900;
/** Share of the development split's ordinary messages a threshold may flag. */
const DEV_FALSE_ALARMS = 0.005;
const MARGIN = 0.25;
/** Real mail is one organisation's: a threshold keeps well clear of its highest sentence. */
const REAL_MARGIN = 1.0;
const EMPTY: WeightsFile = { version: 1, about: 'none', rules: {} };
const OUT = join(__dirname, '..', '..', 'core', 'learned', 'weights.json');

const LEARNED = RULES.filter((r) => r.scored).map((r) => r.header.id as string);

interface Pool {
  train: ReadMessage[];
  dev: ReadMessage[];
  realTrain: ReadMessage[];
  realDev: ReadMessage[];
  devExpect: Map<string, string[]>;
  devMessages: Map<string, { checker: Checker; message: unknown }>;
}

function readAll(): Pool {
  const pool: Pool = { train: [], dev: [], realTrain: [], realDev: [], devExpect: new Map(), devMessages: new Map() };
  for (const batch of loadBatches('train')) {
    const checker = batch.checker(EMPTY);
    for (const m of batch.messages) {
      const read = readMessage(checker, m.id, m.message, m.expect, m.evidence, LEARNED);
      if (m.split === 'dev') {
        pool.dev.push(read);
        pool.devExpect.set(m.id, m.expect);
        pool.devMessages.set(m.id, { checker, message: m.message });
      } else pool.train.push(read);
    }
  }
  const real = loadRealMail();
  if (real) {
    const checker = real.checker(EMPTY);
    for (const m of real.messages) {
      const use = realMailUse(m.id);
      if (use === 'measure') continue;
      const read = readMessage(checker, m.id, m.message, [], {}, LEARNED);
      (use === 'dev' ? pool.realDev : pool.realTrain).push(read);
    }
  }
  return pool;
}

function main(): void {
  const pool = readAll();
  // The vocabulary comes from the written corpus only: real mail adds negative evidence
  // for those features, never features of its own (so no weight names its people or texts).
  const vocab = new Map<number, number>();
  for (const m of pool.train) for (const u of m.units) for (const f of u.features) if (!vocab.has(f)) vocab.set(f, vocab.size);
  const hashes = [...vocab.keys()];
  const encode = (features: number[]) => Int32Array.from(features.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0));
  const file: WeightsFile = {
    version: 1,
    about: `logistic regression per rule over hashed sentence features; seed ${SEED}; ${pool.train.length} corpus messages trained, ${pool.dev.length} for thresholds; ${pool.realTrain.length + pool.realDev.length} real negatives (even half)`,
    rules: {},
  };
  for (const rule of LEARNED) {
    const rows: TrainingRow[] = [];
    for (const m of [...pool.train, ...pool.realTrain]) {
      const labels = m.labels.get(rule);
      if (!labels) continue;
      m.units.forEach((u, k) => rows.push({ features: encode(u.features), label: labels[k] as 0 | 1 }));
    }
    const positives = rows.filter((r) => r.label === 1).length;
    if (positives < 5) continue;
    const positiveWeight = Math.min(30, (rows.length - positives) / positives);
    const fit = trainLogistic(rows, { dims: vocab.size, epochs: 10, rate: 0.2, l2: 1e-4, positiveWeight, seed: SEED });
    // Keep the strongest weights; store them as signed bytes.
    const ranked = [...fit.weights.keys()].filter((i) => fit.weights[i] !== 0).sort((a, b) => Math.abs(fit.weights[b]) - Math.abs(fit.weights[a]) || a - b);
    const kept = ranked.slice(0, KEEP_PER_RULE).sort((a, b) => hashes[a] - hashes[b]);
    const max = Math.max(...kept.map((i) => Math.abs(fit.weights[i])), 1e-9);
    const scale = max / 127;
    file.rules[rule] = {
      bias: fit.bias,
      scale,
      threshold: 0,
      features: encodeHashes(kept.map((i) => hashes[i])),
      weights: toBase64(Uint8Array.from(kept.map((i) => Math.round(fit.weights[i] / scale) & 0xff))),
    };
    process.stdout.write(`${rule}: ${positives} positive sentences of ${rows.length}\n`);
  }
  calibrate(file, pool);
  guardWithProbes(file);
  writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  process.stdout.write(`wrote ${OUT} (${JSON.stringify(file).length} bytes)\n`);
}

/**
 * The probe messages under tests/ were written by hand as look-alikes: a threshold also stays
 * above every probe that must not raise the rule, where the rule's structure would let it.
 */
function guardWithProbes(file: WeightsFile): void {
  const scorer = new SentenceScorer(file);
  const open: WeightsFile = { ...file, rules: Object.fromEntries(Object.entries(file.rules).map(([k, v]) => [k, { ...v, threshold: -1e9 }])) };
  const top = scorer.ruleIds.map(() => -Infinity);
  const tables = tableLookalikes();
  const tableChecker = checkerForDirectory(tables.directory);
  const probes = [
    ...loadProbes(),
    // A table's look-alike guards only its own rule (it may breach another on purpose).
    ...tables.cases.map((c, k) => ({ id: `table-${k}`, expect: RULE_IDS.filter((r) => r !== c.ruleId), message: c.message, checker: tableChecker })),
  ];
  for (const probe of probes) {
    const base = probe.checker(EMPTY);
    const gated = firedWith(base, open, probe.message);
    const read = readMessage(base, probe.id, probe.message, probe.expect, {}, []);
    const best = maxScores(scorer, read);
    scorer.ruleIds.forEach((rule, r) => {
      if (!probe.expect.includes(rule) && gated.has(rule)) top[r] = Math.max(top[r], best[r]);
    });
  }
  scorer.ruleIds.forEach((rule, r) => {
    const guard = top[r] + MARGIN;
    if (guard > file.rules[rule].threshold) {
      process.stdout.write(`${rule}: threshold raised to ${guard.toFixed(2)} by the probe look-alikes\n`);
      file.rules[rule].threshold = guard;
    }
  });
}

/** The highest score any sentence of a message reaches for each rule. */
function maxScores(scorer: SentenceScorer, m: ReadMessage): number[] {
  const best = scorer.ruleIds.map(() => -Infinity);
  for (const u of m.units) scorer.score(u).forEach((s, r) => (best[r] = Math.max(best[r], s)));
  return best;
}

/**
 * Thresholds on the development split: the lowest that keeps (a) every even-half real
 * message under it and (b) at most DEV_FALSE_ALARMS of the development split's other
 * messages over it, among messages where the rule's structure allows a finding at all.
 */
function calibrate(file: WeightsFile, pool: Pool): void {
  const scorer = new SentenceScorer(file);
  const gate = gatePasses(file, pool);
  for (const [r, rule] of scorer.ruleIds.entries()) {
    const realTop = Math.max(...[...pool.realDev, ...pool.realTrain].filter((m) => gate.real.get(m.id)?.has(rule)).map((m) => maxScores(scorer, m)[r]), -5);
    const negatives: number[] = [];
    const positives: number[] = [];
    for (const m of pool.dev) {
      if (!gate.corpus.get(m.id)?.has(rule)) continue;
      const s = maxScores(scorer, m)[r];
      (pool.devExpect.get(m.id)!.includes(rule) ? positives : negatives).push(s);
    }
    negatives.sort((a, b) => b - a);
    const allowed = Math.floor(DEV_FALSE_ALARMS * pool.dev.length);
    const corpusTop = negatives.length > allowed ? negatives[allowed] : -5;
    const threshold = Math.max(realTop + REAL_MARGIN, corpusTop + MARGIN);
    file.rules[rule].threshold = threshold;
    const caught = positives.filter((s) => s >= threshold).length;
    process.stdout.write(`${rule}: threshold ${threshold.toFixed(2)} (real mail top ${realTop.toFixed(2)}, corpus ${corpusTop.toFixed(2)}); dev recall from the scorer ${caught}/${positives.length}\n`);
  }
}

/**
 * Where each rule's structure (who writes to whom) lets a scored sentence become a finding:
 * the engine run with every threshold at its floor, less what the curated cues find anyway.
 */
function gatePasses(file: WeightsFile, pool: Pool): { corpus: Map<string, Set<string>>; real: Map<string, Set<string>> } {
  const open: WeightsFile = { ...file, rules: Object.fromEntries(Object.entries(file.rules).map(([k, v]) => [k, { ...v, threshold: -1e9 }])) };
  const corpus = new Map<string, Set<string>>();
  for (const [id, { checker, message }] of pool.devMessages) corpus.set(id, firedWith(checker, open, message));
  const real = new Map<string, Set<string>>();
  const realMail = loadRealMail();
  if (realMail) {
    const withOpen = realMail.checker(open);
    const plain = realMail.checker(EMPTY);
    for (const m of realMail.messages) {
      if (realMailUse(m.id) === 'measure') continue;
      real.set(m.id, difference(ruleIds(withOpen, m.message), ruleIds(plain, m.message)));
    }
  }
  return { corpus, real };
}

function firedWith(checker: Checker, weights: WeightsFile, message: unknown): Set<string> {
  return difference(ruleIds(createChecker(checker.policy, weights), message), ruleIds(createChecker(checker.policy, EMPTY), message));
}

function ruleIds(checker: Checker, message: unknown): Set<string> {
  const parsed = parseMessage(message);
  if (!parsed.ok) return new Set();
  return new Set(checker.checkDraft(buildDraft(parsed.value)).map((f) => f.ruleId));
}

function difference(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((x) => !b.has(x)));
}

main();
