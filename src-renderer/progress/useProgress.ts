// The week start the user chose, for the dashboard and the progress screen
// ("today" is ui/useToday.ts, shared by every screen).
import { useSetting } from '../db/hooks';
import type { WeekStartsOn } from '../domain/progress';

export function useWeekStartsOn(): WeekStartsOn {
  return useSetting('weekStartsOn') ?? 0;
}
