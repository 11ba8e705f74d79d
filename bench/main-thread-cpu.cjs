// Preloaded (node -r) into each process the command-line bench times: at exit, appends the main thread's
// CPU time and its wait for a core (Linux schedstat, in ms) to the file PG_BENCH_THREAD_FILE names. On a
// shared machine wall time drifts from run to run; the main thread's CPU time says what the code costs,
// and its run-queue wait how long it stood ready while other threads (its own compiler's, or others') ran.
// Off Linux, or with no file named, it writes nothing.
const fs = require('fs');
const file = process.env.PG_BENCH_THREAD_FILE;
if (file && process.platform === 'linux') {
  process.on('exit', () => {
    try {
      const [run, wait] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
      fs.appendFileSync(file, `${Number(run) / 1e6} ${Number(wait) / 1e6}\n`);
    } catch {
      // Only a figure: the run itself is unaffected.
    }
  });
}
