// The command palette's list: what each command is called, how typing finds it.
export const COMMAND_GROUPS = ['Actions', 'Go to', 'Help'] as const;

export interface PaletteCommand {
  id: string;
  label: string;
  group: (typeof COMMAND_GROUPS)[number];
  /** Other words that find it ("dark" finds the theme switch). */
  keywords?: string;
  run(): void | Promise<void>;
}

/**
 * The commands whose label or keywords contain every word typed, in any order
 * and case; those whose label starts with what was typed come first. The
 * groups keep their order.
 */
export function matchCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return COMMAND_GROUPS.flatMap((group) => commands.filter((c) => c.group === group));
  const text = (c: PaletteCommand) => `${c.label} ${c.keywords ?? ''}`.toLowerCase();
  const found = commands.filter((c) => words.every((word) => text(c).includes(word)));
  const typed = query.trim().toLowerCase();
  const startsWith = (c: PaletteCommand) => c.label.toLowerCase().startsWith(typed) || c.label.toLowerCase().replace(/^go to /, '').startsWith(typed);
  return [...found.filter(startsWith), ...found.filter((c) => !startsWith(c))];
}
