import { describe, expect, it } from "vitest";
import { CSP_HEADER, CSP_POLICY } from "../../../scripts/lib/csp-plugin.ts";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe("the Content-Security-Policy", () => {
  it("lets only the site's own script files run: no inline code, no eval, no WebAssembly", () => {
    expect(directive(CSP_POLICY, "script-src")).toEqual(["'self'"]);
    expect(directive(CSP_POLICY, "object-src")).toEqual(["'none'"]);
    expect(directive(CSP_POLICY, "default-src")).toEqual(["'self'"]);
  });

  it("adds frame-ancestors in the header form, which a meta element cannot carry", () => {
    expect(directive(CSP_HEADER, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(CSP_POLICY, "frame-ancestors")).toBeUndefined();
  });
});
