// The app's identity toward the OS. APP_ID must equal electron-builder.json's
// appId: the NSIS shortcut carries it as the AppUserModelID, and Windows shows
// (and attributes) a notification only for the ID of a shortcut it knows.
export const APP_ID = 'app.coderpath.desktop';

/** `npm start` / `npm run dev` keep their data here, never in the installed app's folder. */
export const DEV_DATA_FOLDER_NAME = 'CoderPath Dev';

export interface DataFolderInput {
  isPackaged: boolean;
  /** An explicit --user-data-dir (the real-app tests give each run its own). */
  hasUserDataSwitch: boolean;
  /** app.getPath('appData'). */
  appData: string;
  join(...parts: string[]): string;
}

/** The data folder to switch to before anything uses it, or null to keep Electron's. */
export function developmentDataFolder(input: DataFolderInput): string | null {
  if (input.isPackaged || input.hasUserDataSwitch) return null;
  return input.join(input.appData, DEV_DATA_FOLDER_NAME);
}
