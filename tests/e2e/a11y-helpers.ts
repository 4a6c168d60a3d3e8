// Accessibility checks shared by the a11y and keyboard suites: an axe audit
// that runs each state in the light and the dark theme and lists every
// serious or critical WCAG 2.2 AA violation at the end (not just the first).
// It drives axe-core (the engine @axe-core/playwright wraps) directly: the
// engine is injected once per document instead of on every scan, which makes
// a scan several times faster and keeps the suite short.
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

export type Scheme = 'light' | 'dark';
export const SCHEMES: Scheme[] = ['light', 'dark'];

/** Follows the system scheme (the default theme setting) and waits until the app has applied it. */
export async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  // Colour transitions (hover/theme fades) must finish before colours are measured.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'), undefined, { polling: 'raf' });
}

export interface Finding {
  state: string;
  scheme: Scheme;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  summary: string;
}

export function describeFindings(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `• [${f.impact}] ${f.rule} — ${f.help}\n  state: ${f.state} (${f.scheme})\n` +
        f.targets.map((target) => `    at ${target}`).join('\n') +
        (f.summary ? `\n    ${f.summary.replace(/\n/g, '\n    ')}` : ''),
    )
    .join('\n');
}

/**
 * Collects axe findings over many states of one page. `check` audits the
 * current state in both themes (ending in the theme it started in);
 * `expectClean` fails with a readable list of everything found.
 */
export class A11yAudit {
  readonly findings: Finding[] = [];
  readonly checked: string[] = [];

  constructor(private readonly page: Page) {}

  async check(state: string, options: { exclude?: string[] } = {}): Promise<void> {
    const start = ((await this.page.locator('html').getAttribute('data-theme')) ?? 'light') as Scheme;
    const order = start === 'dark' ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
    for (const scheme of order) {
      await useScheme(this.page, scheme);
      await this.scan(state, scheme, options.exclude ?? []);
    }
    await useScheme(this.page, start);
    this.checked.push(state);
  }

  private async scan(state: string, scheme: Scheme, exclude: string[]): Promise<void> {
    const violations = await runAxe(this.page, exclude);
    for (const violation of violations) {
      if (!BLOCKING.has(violation.impact ?? '')) continue;
      this.findings.push({
        state,
        scheme,
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.slice(0, 6).map((node) => node.target.join(' ')),
        summary: violation.nodes[0]?.failureSummary ?? '',
      });
    }
  }

  expectClean(): void {
    expect(this.findings.length, `Accessibility violations (serious/critical, WCAG 2.2 AA):\n${describeFindings(this.findings)}\n`).toBe(0);
  }
}

/** Runs axe-core over the page (WCAG 2.2 A/AA rules), injecting the engine when the document lacks it. */
export async function runAxe(page: Page, exclude: string[] = []): Promise<axe.Result[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const context = exclude.length > 0 ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      const results = await engine.run(context as axe.ElementContext, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations;
    },
    { tags: WCAG_TAGS, exclude },
  );
}
