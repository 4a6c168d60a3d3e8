// What a sync transport offers, folder or WebDAV alike: list everyone's files,
// read one, write a new one of ours (atomically, never over another), and remove
// one of ours. The exchange and compaction logic sits above this, once.
export interface SyncFileEntry {
  /** `<computer-id>/<file name>` inside the format folder. */
  path: string;
  computer: string;
  name: string;
  /** Changes whenever the content may have (size+mtime for a folder, the ETag over WebDAV). */
  tag: string;
}

export interface SyncListing {
  entries: SyncFileEntry[];
  /** Format versions newer than ours found beside our folder (kept, reported). */
  newerFormats: number[];
}

export interface SyncStore {
  /** For messages: the folder path, or the server address without credentials. */
  readonly label: string;
  list(): Promise<SyncListing>;
  read(entry: SyncFileEntry): Promise<string>;
  /** Writes a file into this computer's folder; fails rather than replace an existing one. */
  writeNew(computer: string, name: string, content: string): Promise<void>;
  /** Removes one of this computer's files, only as listed (over WebDAV: only if its ETag still matches). */
  remove(entry: SyncFileEntry): Promise<void>;
}
