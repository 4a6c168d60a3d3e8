// zod compiles fast parsers with `new Function`, which the page's CSP (no
// 'unsafe-eval') refuses and logs as a violation — and the preload runs under
// that CSP. zod decides when a schema is built, so this module is imported
// before anything that builds one (the contract).
import { config } from 'zod';

config({ jitless: true });
