// What door.ts's `backupStore` opens: exporting the app's data and importing a
// backup with undo. Apart from the store: it carries the backup format's
// schemas, which only the Data screen and the automatic backups need.
export * from './backup-export';
export * from './import-undo';
