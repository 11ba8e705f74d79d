import { createChecker, parsePolicy, keptWithRoster, publishedWithRoster } from '../src/core';
import { generateCouncil } from './generate-council';
const council = generateCouncil(30000);
const file = { schemaVersion: 1, directory: council };
const p = parsePolicy(JSON.parse(JSON.stringify(file)));
if (!p.ok) throw 1;
const kept = JSON.stringify(keptWithRoster(file, p.value));
const pub = JSON.stringify(publishedWithRoster(file, p.value));
console.log('sizes plain', JSON.stringify(file).length, 'kept', kept.length, 'published', pub.length);
for (let k = 0; k < 3; k++) {
let t = performance.now();
const j = JSON.parse(kept); const t1 = performance.now();
const q = parsePolicy(j); const t2 = performance.now();
if (!q.ok) throw new Error(JSON.stringify(q.problems));
const c = createChecker(q.value); const t3 = performance.now();
console.log('kept: JSON.parse', (t1-t).toFixed(1), 'parsePolicy', (t2-t1).toFixed(1), 'createChecker', (t3-t2).toFixed(1));
t = performance.now(); const r = parsePolicy(JSON.parse(pub)); console.log('published parse', (performance.now()-t).toFixed(1), r.ok);
}
