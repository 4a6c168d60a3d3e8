// One Content-Security-Policy for the app. `default-src 'self'` and no
// 'unsafe-eval' ever; dev adds only what Vite's hot reload needs.
export interface CspOptions {
  dev: boolean;
  /** e.g. 'http://localhost:5173' in `npm run dev`. */
  devServerOrigin?: string;
}

export function contentSecurityPolicy({ dev, devServerOrigin }: CspOptions): string {
  const devSocket = devServerOrigin ? devServerOrigin.replace(/^http/, 'ws') : '';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': dev && devServerOrigin ? ["'self'", devServerOrigin, devSocket] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
