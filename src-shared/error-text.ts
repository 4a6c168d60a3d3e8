// The words of an error, for a message to the user or a log line: an Error's
// message, else the thrown value as text. Written once for both processes.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
