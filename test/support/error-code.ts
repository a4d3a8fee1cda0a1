/** The stable `code` of whatever `run` throws, or undefined when it does not throw. */
export function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}
