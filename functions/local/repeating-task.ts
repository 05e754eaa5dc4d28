/** Runs `task` every `intervalMs`, never two runs at once; errors are reported and the next run goes ahead. */
export function startRepeatingTask(
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      console.error(`${name} failed:`, error);
    } finally {
      running = false;
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
