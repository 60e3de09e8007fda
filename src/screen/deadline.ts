/** Thrown when a time budget (`timeoutMs`) runs out: the work stops rather than return a partial answer. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    /** What was being done when the budget ran out (`reading payments.csv`, `rule no/working-time`). */
    readonly stage: string,
    readonly timeoutMs: number,
  ) {
    super(`stopped after the time limit of ${timeoutMs} ms, while ${stage}: nothing partial is returned`);
  }
}

/**
 * @summary A check to call between steps: throws {@link TimeoutError} once `timeoutMs` has passed.
 * Without a budget it does nothing and never reads the clock, so results never depend on it.
 */
export function deadline(
  timeoutMs: number | undefined,
  now: () => number = () => globalThis.performance.now(),
): (stage: string) => void {
  if (timeoutMs === undefined) return () => undefined;
  const end = now() + timeoutMs;
  return (stage) => {
    if (now() > end) throw new TimeoutError(stage, timeoutMs);
  };
}
