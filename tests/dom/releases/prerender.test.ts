// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CSP_POLICY, inlineCodeProblems, withCspMeta } from "../../../scripts/lib/csp-plugin.ts";
import { escapeHtml, PageTemplate, prerender, releaseRootContent } from "../../../scripts/lib/prerender.ts";
import { makeRelease } from "./fixture.ts";
import { writeFixtureCorpus } from "./fixture-corpus.ts";

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> it's "quoted" & more`;
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Readout</title>
    <meta name="description" content="Readout: the default." />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(escapeHtml("plain words")).toBe("plain words");
  });
});

describe("page template", () => {
  it("writes title, description, canonical and Open Graph tags, all escaped", () => {
    const html = new PageTemplate(withCspMeta(INDEX), "https://readout.example").render(
      { title: 'A "quoted" <title>', description: "Some & words", path: "/releases/x", type: "article", published: "2031-04-02" },
      "<p>body</p>",
    );
    expect(html).toContain("<title>A &quot;quoted&quot; &lt;title&gt; — Readout</title>");
    expect(html).toContain('<meta name="description" content="Some &amp; words" />');
    expect(html).not.toContain("Readout: the default.");
    expect(html).toContain('<link rel="canonical" href="https://readout.example/releases/x" />');
    expect(html).toContain('<meta property="og:url" content="https://readout.example/releases/x" />');
    expect(html).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;" />');
    expect(html).toContain('<div id="root" data-prerendered="static"><p>body</p></div>');
    expect(html).toContain(`content="${CSP_POLICY}"`);
  });

  it("omits canonical and og:url when the site's address is unknown", () => {
    const html = new PageTemplate(INDEX, null).render({ title: "T", description: "D", path: "/people/a", type: "profile" }, "");
    expect(html).not.toContain("canonical");
    expect(html).not.toContain("og:url");
    expect(html).toContain('<meta property="og:title" content="T" />');
  });

  it("refuses a template without an empty #root, naming the file", () => {
    expect(() => new PageTemplate("<html><title>x</title></html>", null, "dist/index.html")).toThrow(/^dist\/index\.html: no empty/);
  });
});

describe("release root content", () => {
  it("drops the markup's own title and description and moves inline styles into a table on #root", () => {
    const server =
      '<title>T — Readout</title><meta name="description" content="D"/><main><div id="p-1" style="--a:#fff;--b:#000">x</div>' +
      '<div id="p-2" style="--a:#111">y</div><div id="p-3" style="--a:#fff;--b:#000">z</div></main>';
    const content = releaseRootContent(server, "fixture.json");
    expect(content.html).toBe('<main><div id="p-1" data-ssr-style="0">x</div><div id="p-2" data-ssr-style="1">y</div><div id="p-3" data-ssr-style="0">z</div></main>');
    expect(content.styles).toEqual(["--a:#fff;--b:#000", "--a:#111"]);
    const page = new PageTemplate(INDEX, null).render({ title: "T", description: "D", path: "/releases/x", type: "article" }, content);
    expect(inlineCodeProblems(page)).toEqual([]);
    expect(page).toContain(`data-prerendered="app"`);
  });

  it("refuses markup the CSP would block, naming the file", () => {
    expect(() => releaseRootContent('<p onclick="x()">a</p>', "releases/x.json")).toThrow(/^releases\/x\.json: .*inline onclick= attribute/);
  });
});

describe("inlineCodeProblems", () => {
  it("finds what a strict policy blocks and passes external scripts", () => {
    expect(inlineCodeProblems('<script type="module" src="/a.js"></script>')).toEqual([]);
    expect(inlineCodeProblems("<script>alert(1)</script>")).toEqual(["inline <script> (alert(1))"]);
    expect(inlineCodeProblems(`<meta content="&lt;img src=x onerror=&quot;x()&quot;&gt;" />`)).toEqual([]);
    expect(inlineCodeProblems('<div onclick="x()"></div>')).toEqual(["inline onclick= attribute"]);
    expect(inlineCodeProblems('<p style="color:red"></p>')).toEqual(["inline style= attribute"]);
    expect(inlineCodeProblems('<a href="javascript:x()">')).toEqual(["javascript: URL"]);
  });
});

describe("prerender", () => {
  let work: string;
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), "readout-prerender-"));
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("writes a readable page per release and per person into the site", async () => {
    const dist = join(work, "dist");
    const corpus = join(work, "corpus");
    const a = makeRelease();
    const b = makeRelease({ id: "2031-05-01-second-call-def456", title: "A second call", date: "2031-05-01", paragraphs: [{ id: "p-1", text: PAYLOAD, speakers: [], kind: "narration" }] });
    const c = makeRelease({ id: "2030-01-01-older-ghi789", title: "An older meeting", date: "2030-01-01" });
    await writeFixtureCorpus(corpus, [a, b, c]);
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, "index.html"), withCspMeta(INDEX));

    const { pages } = await prerender({ distDir: dist, corpusDir: corpus, siteUrl: null });
    expect(pages).toBe(3 + 3);

    // Every page carries exactly one description: the home page the site's, a release its own.
    const home = await readFile(join(dist, "index.html"), "utf8");
    expect(home.match(/<meta name="description"/g)).toHaveLength(1);
    expect(home).toContain('<meta name="description" content="Readouts of talks, calls, meetings and visits: 3 releases,');

    const second = await readFile(join(dist, "releases", b.id, "index.html"), "utf8");
    expect(second).toContain("<title>A second call — Readout</title>");
    expect(second.match(/<meta name="description"/g)).toHaveLength(1);
    expect(second).not.toContain("Readouts of talks, calls");
    // The app's own markup (hydrated in the browser), release text escaped as text.
    expect(second).toContain('<div id="root" data-prerendered="app"');
    expect(second).toContain('<h1 id="release-title" tabindex="-1">A second call</h1>');
    expect(second).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(second).not.toMatch(/<script>|<img/);
    expect(second.match(/<title>/g)).toHaveLength(1);
    expect(inlineCodeProblems(second)).toEqual([]);
    expect(second).toContain(`content="${CSP_POLICY}"`);
    // The data is fetched once the page has painted, not preloaded with it.
    expect(second).toContain(`data-prerendered-data="/corpus/releases/${b.id}.json"`);
    expect(second).not.toContain('rel="preload"');

    // Speakers' colours are inline styles in the app: on the page they wait on #root for the app.
    const first = await readFile(join(dist, "releases", a.id, "index.html"), "utf8");
    expect(first).toContain("data-ssr-styles=");
    expect(first).toMatch(/<div id="p-2" class="release-para is-speech" data-ssr-style="\d" tabindex="-1" data-paragraph-id="p-2"><div class="speaker-label">Anna North/);
    expect(first).not.toMatch(/ style=/);

    const person = await readFile(join(dist, "people", "anna-north", "index.html"), "utf8");
    expect(person).toContain("<h1>Anna North</h1>");
    expect(person).toContain("<li>President of Northland</li>");
    // Newest first, from the person's postings and the list pages.
    const order = ["A second call", "Talks between the leaders", "An older meeting"].map((t) => person.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  }, 60_000);

  it("names the file when a corpus file is broken", async () => {
    const dist = join(work, "dist");
    await mkdir(join(work, "corpus"), { recursive: true });
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, "index.html"), INDEX);
    await writeFile(join(work, "corpus", "manifest.json"), "{ not json");
    await expect(prerender({ distDir: dist, corpusDir: join(work, "corpus"), siteUrl: null })).rejects.toThrow(/manifest\.json: not valid JSON/);
  });
});
