/* global performance */
// The floor for the command line over a corpus (issue 10): read the inputs, index the roster's
// names, one tokenised scan of each message. What any checker must at least do; run as its own
// node process so it pays the same start-up as protocol-guard.
const fs = require('fs');
const path = require('path');

const [folder, directoryFile] = process.argv.slice(2);
const t0 = performance.now();
const roster = JSON.parse(fs.readFileSync(directoryFile, 'utf8'));
const firstWords = new Map();
for (const person of roster.people || []) {
  const words = String(person.name).toLowerCase().split(/\s+/);
  const list = firstWords.get(words[0]);
  if (list) list.push(words);
  else firstWords.set(words[0], [words]);
}
let tokens = 0;
let hits = 0;
for (const name of fs.readdirSync(folder)) {
  const message = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
  const text = `${message.subject || ''}\n${message.body || ''}`;
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens++;
    if (firstWords.has(m[0].toLowerCase())) hits++;
  }
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, tokens, hits }) + '\n');
