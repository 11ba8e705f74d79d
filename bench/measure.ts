/** Times a function: median and 95th percentile in milliseconds over `runs` calls (after a warm-up). */
export function measure(fn: () => void, runs: number, warmup = Math.min(5, runs)): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))], runs };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
