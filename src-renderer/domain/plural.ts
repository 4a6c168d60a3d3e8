// '1 month', '3 months', '1.5 months': the engine's messages never say "1 months".

/** `n` and its word, singular for exactly one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
