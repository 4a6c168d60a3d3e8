// User Timing measures of the database's part in start-up — the open and the
// first reads — so `npm run bench` can print where start-up time goes without
// anyone profiling by hand. Only the first reads are measured; after them the
// middleware passes every request straight through.
import type { DBCore, Middleware } from 'dexie';

const MEASURED_READS = 40;
const PREFIX = 'CoderPath';

/** Wraps `opening` in a "CoderPath: database open" measure. */
export async function measureOpen(opening: () => Promise<void>): Promise<void> {
  const start = performance.now();
  try {
    await opening();
  } finally {
    performance.measure(`${PREFIX}: database open`, { start, end: performance.now() });
  }
}

export function startReadTimingsMiddleware(limit = MEASURED_READS): Middleware<DBCore> {
  let measured = 0;
  const timed = async <T>(label: string, read: () => Promise<T>): Promise<T> => {
    if (measured >= limit) return read();
    measured += 1;
    const start = performance.now();
    try {
      return await read();
    } finally {
      performance.measure(`${PREFIX}: read ${label}`, { start, end: performance.now() });
    }
  };
  return {
    stack: 'dbcore',
    name: 'start-read-timings',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => timed(`${name} (get)`, () => table.get(req)),
          getMany: (req) => timed(`${name} (${req.keys.length} keys)`, () => table.getMany(req)),
          query: (req) => timed(`${name} by ${req.query.index.name || 'id'}`, () => table.query(req)),
          count: (req) => timed(`${name} (count)`, () => table.count(req)),
        };
      },
    }),
  };
}
