/**
 * The shape every devtools script shares: run `main`, exit with its code, and turn
 * a thrown error into one line on stderr and exit 1.
 */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/** Resolves when the user presses Ctrl+C (or the process is asked to stop). */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
