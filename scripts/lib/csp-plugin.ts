import type { Plugin } from "vite";

/**
 * The site's Content-Security-Policy. A `<meta http-equiv>` cannot carry `frame-ancestors`
 * (browsers ignore it there), so hosts should also send CSP_HEADER as a response header.
 */
export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export const CSP_HEADER = `${CSP_POLICY}; frame-ancestors 'none'`;

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CSP_POLICY}" />`;

/**
 * Finds what a strict policy would block in an HTML page: inline scripts, inline event handlers,
 * `javascript:` URLs, `<style>` elements and `style` attributes. Returns one line per problem.
 */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    if (!/\bsrc\s*=/.test(attrs)) problems.push(`inline <script${attrs}> (${(m[2] ?? "").trim().slice(0, 60)}...)`);
  }
  if (/<style\b/i.test(html)) problems.push("inline <style> element");
  for (const m of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)\s*=/gi)) problems.push(`inline ${m[1]}= attribute`);
  if (/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) problems.push("javascript: URL");
  return problems;
}

/**
 * Puts the policy meta right after `<meta charset>`: a meta policy governs only what follows it,
 * so it must come before any script or stylesheet, and the charset must stay first.
 */
export function withCspMeta(html: string): string {
  if (/http-equiv=["']Content-Security-Policy["']/i.test(html)) return html;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${CSP_META}${html.slice(at)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${CSP_META}`);
}

/**
 * Adds the policy to the built index.html (and so to every prerendered page made from it) and
 * fails the build if the output has anything inline the policy would block. Build only: the dev
 * server needs an inline preamble for React Fast Refresh.
 */
export function cspPlugin(): Plugin {
  return {
    name: "readout-csp",
    apply: "build",
    config() {
      // The polyfill is injected as code the policy would have to allow; every supported browser has modulepreload.
      return { build: { modulePreload: { polyfill: false } } };
    },
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const problems = inlineCodeProblems(html);
        if (problems.length > 0) throw new Error(`index.html: the Content-Security-Policy would block ${problems.join("; ")}`);
        return withCspMeta(html);
      },
    },
  };
}
