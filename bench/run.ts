import { existsSync } from 'fs';
import { join } from 'path';
import { runCliCorpusBench } from './cli-corpus.bench';
import { runColdSendBench } from './cold-send.bench';
import { runConsoleBench } from './console.bench';
import { runEngineBench } from './engine.bench';
import { runRobustnessBench } from './robustness.bench';

/** npm run bench: prints figures; tests check behaviour, never timings. */
async function main() {
  console.log('== Engine');
  runEngineBench();
  console.log('\n== Inputs that once held a send (issue 9)');
  runRobustnessBench();
  // The on-send benchmark belongs to the Outlook surface; run it when it is there.
  const onSend = join(__dirname, 'onsend.bench.ts');
  if (existsSync(onSend)) {
    console.log('\n== Outlook on-send');
    const mod: unknown = await import(onSend);
    await (mod as { runOnSendBench: () => Promise<void> | void }).runOnSendBench();
  }
  console.log('\n== Cold first send (built bundle, fresh process)');
  runColdSendBench();
  console.log('\n== Console');
  runConsoleBench();
  console.log('\n== Command line over a corpus');
  runCliCorpusBench();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
