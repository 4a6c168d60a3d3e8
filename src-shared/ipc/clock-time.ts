// A wall-clock time 'HH:mm' (24-hour), the one pattern every schema that takes
// one uses: the IPC contract, the reminder settings and the backup format.
// Kept apart from contract.ts so start-up code can use it without loading zod.
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
