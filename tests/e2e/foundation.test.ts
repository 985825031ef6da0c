import { describe, expect, it } from "vitest";
import { useSite } from "./support/site.ts";

// The foundation's promise: the static build over the sample opens, links lead somewhere, and a
// release's URL works on its own (reload, shared link) on a host that follows the fallback rule.
const site = useSite();

describe("the built site", () => {
  it("opens on the home page, follows a release link, and keeps the release on reload of its deep link", async () => {
    const { page, errors } = await site.newPage();
    await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204, body: "" }));
    await page.goto(site.url);
    await page.getByRole("heading", { level: 1 }).first().waitFor();

    const link = page.getByRole("main").getByRole("link", { name: /German-Danish talks/ }).first();
    const title = (await link.textContent())!.trim();
    await link.click();
    const heading = page.getByRole("heading", { level: 1, name: title });
    await heading.waitFor();
    const deepLink = page.url();
    expect(new URL(deepLink).pathname).toMatch(/^\/releases\/2026-03-10-[a-z0-9-]+$/);

    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await heading.waitFor();
    expect(page.url()).toBe(deepLink);

    // A fresh visitor arriving straight at the link sees the same release.
    const { page: fresh } = await site.newPage();
    await fresh.route("**/favicon.ico", (route) => route.fulfill({ status: 204, body: "" }));
    await fresh.goto(deepLink);
    await fresh.getByRole("heading", { level: 1, name: title }).waitFor();

    expect(errors).toEqual([]);
    await fresh.context().close();
    await page.context().close();
  });
});
