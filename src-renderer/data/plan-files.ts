// File names for what is exported from one plan, e.g. "coderpath-cpc-part-time.ics".
export function planFileName(planName: string, extension: 'ics' | 'pdf'): string {
  const slug = planName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `coderpath-${slug || 'plan'}.${extension}`;
}
