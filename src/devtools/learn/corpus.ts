import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseDirectory, parsePolicy, problemsToLine, type Checker } from '../../core';
import type { WeightsFile } from '../../core/learned/model';
import { hashFeature } from '../../core/learned/hash';

/**
 * The labelled corpus: batches written blind, each with its own invented council.
 * `corpus/train/<batch>` trains, and `npm run train` sets thresholds on it by five-fold
 * cross-validation over whole batches (the 'dev' split, one message in five by a hash of
 * its id, is only what `npm run eval -- --split dev` reads); `corpus/test/<batch>` is the
 * frozen test split, never trained or tuned on. `corpus/briefs` holds what the writers read.
 */
export interface LabelledMessage {
  id: string;
  batch: string;
  split: 'train' | 'dev' | 'test';
  message: Record<string, unknown>;
  expect: string[];
  evidence: Record<string, string>;
}

export interface Batch {
  name: string;
  checker: (weights?: WeightsFile) => Checker;
  messages: LabelledMessage[];
}

export const CORPUS_ROOT = join(__dirname, '..', '..', '..', 'corpus');

function fail(file: string, field: string, fix: string): never {
  throw new Error(`${file}: ${field}: ${fix}`);
}

export function isDev(id: string): boolean {
  return hashFeature(id) % 5 === 0;
}

function checkerFor(directoryFile: string): (weights?: WeightsFile) => Checker {
  return checkerForDirectory(JSON.parse(readFileSync(directoryFile, 'utf8')), directoryFile);
}

export function checkerForDirectory(raw: unknown, directoryFile = 'directory'): (weights?: WeightsFile) => Checker {
  const directory = parseDirectory(raw);
  if (!directory.ok) fail(directoryFile, 'directory', problemsToLine(directory.problems));
  const policy = parsePolicy({ schemaVersion: 1 });
  if (!policy.ok) fail('default policy', 'policy', problemsToLine(policy.problems));
  const resolved = { ...policy.value, directory: directory.value };
  return (weights) => createChecker(resolved, weights);
}

export function loadBatches(kind: 'train' | 'test', root = CORPUS_ROOT): Batch[] {
  const dir = join(root, kind);
  if (!existsSync(dir)) return [];
  const batches: Batch[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    const directoryFile = join(folder, 'directory.json');
    if (!existsSync(directoryFile)) continue;
    const messages: LabelledMessage[] = [];
    for (const part of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
      const file = join(folder, part);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, n) => {
          if (line.trim() === '') return;
          let row: { id?: string; message?: Record<string, unknown>; expect?: string[]; evidence?: Record<string, string> };
          try {
            row = JSON.parse(line);
          } catch (e) {
            fail(`${file} line ${n + 1}`, 'json', `not JSON (${(e as Error).message}); fix the line`);
          }
          if (!row.id || !row.message || !Array.isArray(row.expect)) fail(`${file} line ${n + 1}`, 'id/message/expect', 'each line needs all three');
          messages.push({
            id: row.id,
            batch: name,
            split: kind === 'test' ? 'test' : isDev(row.id) ? 'dev' : 'train',
            message: row.message,
            expect: row.expect,
            evidence: row.evidence ?? {},
          });
        });
    }
    batches.push({ name, checker: checkerFor(directoryFile), messages });
  }
  return batches;
}

/** Real mail from ../shared/realmail, when it is beside the project: negatives only. */
export interface RealMail {
  checker: (weights?: WeightsFile) => Checker;
  messages: Array<{ id: string; message: unknown }>;
  judgedTrue: Set<string>;
}

export const REALMAIL_ROOT = join(__dirname, '..', '..', '..', '..', 'shared', 'realmail');

export function loadRealMail(root = REALMAIL_ROOT): RealMail | undefined {
  if (!existsSync(join(root, 'messages'))) return undefined;
  const messages = readdirSync(join(root, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), message: JSON.parse(readFileSync(join(root, 'messages', f), 'utf8')) }));
  const judged = JSON.parse(readFileSync(join(root, 'judged.json'), 'utf8')) as Record<string, Array<{ ruleId: string; verdict: string }>>;
  const judgedTrue = new Set<string>();
  for (const [id, list] of Object.entries(judged)) for (const j of list) if (j.verdict === 'true') judgedTrue.add(id + '|' + j.ruleId);
  return { checker: checkerFor(join(root, 'directory.json')), messages, judgedTrue };
}

/** Realmail's even-numbered half may train and calibrate (0, 4, 8 train; 2, 6 calibrate); the odd half only measures. */
export function realMailUse(id: string): 'train' | 'dev' | 'measure' {
  const last = Number(id.charAt(id.length - 1));
  if (last % 2 === 1) return 'measure';
  return last === 2 || last === 6 ? 'dev' : 'train';
}

/** The hand-written probe messages under tests/ (labelled by rule, without evidence): guards for thresholds. */
export function loadProbes(root = join(__dirname, '..', '..', '..')): Array<{ id: string; expect: string[]; message: unknown; checker: (weights?: WeightsFile) => Checker }> {
  const fixtures = join(root, 'tests', 'core', 'fixtures');
  const expectedFile = join(fixtures, 'expected-unseen.json');
  if (!existsSync(expectedFile)) return [];
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>;
  const councils: Record<string, string> = {
    unseen: join(root, 'assets', 'sample', 'council.json'),
    'unseen-parish': join(fixtures, 'unseen-parish.directory.json'),
    'unseen-welsh': join(fixtures, 'unseen-welsh.directory.json'),
  };
  const out: Array<{ id: string; expect: string[]; message: unknown; checker: (weights?: WeightsFile) => Checker }> = [];
  for (const [folder, directoryFile] of Object.entries(councils)) {
    const checker = checkerFor(directoryFile);
    for (const f of readdirSync(join(fixtures, folder)).filter((x) => x.endsWith('.json')).sort()) {
      const id = `${folder}/${f.replace(/\.json$/, '')}`;
      out.push({ id, expect: expected[id] ?? [], message: JSON.parse(readFileSync(join(fixtures, folder, f), 'utf8')), checker });
    }
  }
  return out;
}
