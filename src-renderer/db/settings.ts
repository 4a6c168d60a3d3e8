// Reading and writing the typed settings (setting-values.ts) in the key/value table.
import { db } from './db';
import type { CoderPathDb } from './schema';
import { SETTINGS, parseSetting, type SettingKey, type SettingValue } from './setting-values';

export async function readSetting<K extends SettingKey>(key: K, database: CoderPathDb = db): Promise<SettingValue<K>> {
  const row = await database.settings.get(key);
  return parseSetting(key, row?.value);
}

export async function writeSetting<K extends SettingKey>(key: K, value: SettingValue<K>, database: CoderPathDb = db): Promise<void> {
  const checked = SETTINGS[key].parse(value);
  if (checked === undefined) throw new TypeError(`Not a valid "${key}" setting: ${JSON.stringify(value)}`);
  await database.settings.put({ key, value: checked, updatedAt: Date.now() });
}
