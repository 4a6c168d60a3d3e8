// Public API of backups: export, parse (with migration), import, summaries.
export { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, MAX_BACKUP_CHARS, TABLE_NAMES, backupSchema } from './format';
export type { Backup, BackupData, BackupScope, TableName } from './format';
export { exportBackup, backupFileName, type ExportOptions } from '../db/backup-export';
export { parseBackup, type BackupError, type BackupErrorCode, type ParseBackupResult } from './parse';
export { applyImport, type ApplyImportResult, type ImportMode, type ImportSummary, type TableCounts } from '../db/backup-import';
export { describeImportSummary } from './summary';
export { FORMAT_MIGRATIONS, OLDEST_FORMAT_VERSION } from './migrations';
