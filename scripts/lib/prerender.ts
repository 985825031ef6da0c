/**
 * Writes an HTML page per release and per person into the static site, so shared links preview
 * and read without JavaScript. Placeholder until the reader lands.
 */
export async function prerender(_options: { distDir: string; corpusDir: string; siteUrl: string | null }): Promise<{ pages: number }> {
  return { pages: 0 };
}
