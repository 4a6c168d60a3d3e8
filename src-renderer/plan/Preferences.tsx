// App-wide preferences: the first day of the week and the colour theme.
import { store } from '../db/door';
import { useSetting } from '../db/hooks';
import { Field } from '../ui/Field';
import { useNotices } from '../ui/Notices';

const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export function Preferences() {
  const weekStartsOn = useSetting('weekStartsOn');
  const theme = useSetting('theme');
  const { notify } = useNotices();

  return (
    <section className="card stack" aria-labelledby="preferences-title">
      <h2 id="preferences-title" className="card-title">
        Preferences
      </h2>
      <div className="preferences-grid">
        <Field label="First day of the week" hint="Used by calendars, week totals and the study-day picker.">
          <select
            className="select"
            value={weekStartsOn ?? 0}
            disabled={weekStartsOn === undefined}
            onChange={(e) => {
              const day = e.target.value === '1' ? 1 : 0;
              void store.writeSetting('weekStartsOn', day).then(() => notify(`Weeks now start on ${day === 1 ? 'Monday' : 'Sunday'}`));
            }}
          >
            <option value="0">Sunday</option>
            <option value="1">Monday</option>
          </select>
        </Field>
        <Field label="Theme" hint="System follows your computer's light or dark setting.">
          <select
            className="select"
            value={theme ?? 'system'}
            disabled={theme === undefined}
            onChange={(e) => {
              const choice = THEMES.find((t) => t.value === e.target.value) ?? THEMES[0];
              void store.writeSetting('theme', choice.value).then(() => notify(`Theme: ${choice.label}`));
            }}
          >
            {THEMES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </section>
  );
}
