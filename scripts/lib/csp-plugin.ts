import { Parser } from "htmlparser2";
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
 * `javascript:` URLs, `<style>` elements and `style` attributes. Parsed, not pattern-matched, so
 * escaped release text that merely reads like markup is not mistaken for it. One line per problem.
 */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  let inlineScript: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "script" && !("src" in attribs)) inlineScript = "";
        if (name === "style") problems.push("inline <style> element");
        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/i.test(attr)) problems.push(`inline ${attr}= attribute`);
          if (attr === "style") problems.push("inline style= attribute");
          if (/^(href|src|action|formaction)$/.test(attr) && /^\s*javascript:/i.test(value)) problems.push("javascript: URL");
        }
      },
      ontext(text) {
        if (inlineScript !== null) inlineScript += text;
      },
      onclosetag(name) {
        if (name === "script" && inlineScript !== null) {
          problems.push(`inline <script> (${inlineScript.trim().slice(0, 60)})`);
          inlineScript = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
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
