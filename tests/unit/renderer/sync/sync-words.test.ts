// What the Sync section says: counts in words, the first-merge sentence, and
// the set-up form's messages for input it will not send.
import { describe, expect, it } from 'vitest';
import { broughtInWords, countsInWords, holdsStudyData, mergePreviewSentence } from '../../../../src-renderer/sync/sync-words';
import { checkSetup } from '../../../../src-renderer/sync/SyncSetupForm';

const fields = { folder: null, url: '', username: '', password: '', computerName: 'Library laptop' };

describe('sync in words', () => {
  it('says the first merge with the counts on both sides', () => {
    const there = { plans: { live: 2, deleted: 0 }, sessions: { live: 340, deleted: 3 }, settings: { live: 2, deleted: 0 } };
    const here = { plans: { live: 1, deleted: 0 }, sessions: { live: 12, deleted: 0 } };
    expect(mergePreviewSentence('folder', there, here)).toBe(
      "The folder holds 2 plans, 340 study sessions from other computers; they will be merged with this computer's 1 plan, 12 study sessions. Nothing is replaced.",
    );
    expect(mergePreviewSentence('webdav', { milestones: { live: 1, deleted: 0 } }, here)).toMatch(/^The server holds 1 milestone from other computers/);
  });

  it('counts live records and removals; settings alone are not study data', () => {
    expect(countsInWords({ practiceExams: { live: 1, deleted: 4 } })).toBe('1 practice exam');
    expect(broughtInWords({ sessions: { live: 3, deleted: 2 } })).toBe('3 study sessions and 2 removals');
    expect(broughtInWords({})).toBe('nothing new');
    expect(holdsStudyData({ settings: { live: 3, deleted: 0 } })).toBe(false);
    expect(holdsStudyData({ plans: { live: 0, deleted: 1 }, sessions: { live: 1, deleted: 0 } })).toBe(true);
  });
});

describe('sync set-up checks', () => {
  it('asks for a folder and a computer name before sending anything', () => {
    expect(checkSetup('folder', { ...fields, computerName: '  ' })).toEqual({
      errors: { folder: 'Choose the folder to sync through.', computerName: 'Give this computer a name, such as “Library laptop”.' },
    });
    expect(checkSetup('folder', { ...fields, folder: '/home/ana/Dropbox/CoderPath', computerName: ' Desk ' })).toEqual({
      target: { kind: 'folder', folder: '/home/ana/Dropbox/CoderPath' },
      computerName: 'Desk',
    });
  });

  it('refuses a plain http address to another machine, with the reason', () => {
    const checked = checkSetup('webdav', { ...fields, url: 'http://cloud.example.org/dav/' });
    expect(checked).toEqual({ errors: { url: expect.stringMatching(/must start with https:\/\/.*only to this computer/) } });
    expect(checkSetup('webdav', { ...fields, url: 'not an address' })).toEqual({ errors: { url: expect.stringMatching(/is not a web address/) } });
    expect(checkSetup('webdav', { ...fields, url: ' http://localhost:8080/dav/ ', username: 'ana', password: 'pw' })).toEqual({
      target: { kind: 'webdav', url: 'http://localhost:8080/dav/', username: 'ana', password: 'pw' },
      computerName: 'Library laptop',
    });
  });
});
