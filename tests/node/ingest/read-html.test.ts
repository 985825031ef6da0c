import { describe, expect, it } from "vitest";
import { allText, ingestOk, texts } from "./helpers.ts";

// A fictional page in the shape of a presidential news site: menu, slider, tooltips, "see also", footer.
const tooltip = (name: string, inverted: string, position: string) =>
  `<a href="/persons/1" class="person_tag read__tag">${name}<span class="read__tooltip tooltip_person hidden masha-ignore"><span class="tooltip__image"><img alt="${inverted}"></span><span class="tooltip__text"><span class="tooltip_title">${inverted}</span><span class="tooltip_description_dark">${position}</span></span></span></a>`;

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks with the President of Freedonia &bull; Site</title>
<meta property="og:url" content="http://en.example-president.test/events/news/101"><script>var menu = "Main menu";</script></head>
<body><nav class="nav"><ul><li><a href="/">News</a></li><li><a href="/">Transcripts</a></li><li><a href="/">Using website content</a></li></ul></nav>
<div class="read" role="complementary"><article itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="entry-title" itemprop="name">Talks with President of Freedonia Rufus&nbsp;Firefly</h1>
<div class="read__lead" itemprop="description"><p>The two leaders met at the Lakeside Residence.</p></div>
<div class="read__meta"><time class="read__published" datetime="2019-03-14" itemprop="datePublished">March 14, 2019</time><div class="read__place p-location">Lakeside Residence, Northtown</div></div>
<div class="entry-content" itemprop="articleBody">
<div class="slider masha-ignore"><div class="slide" data-cycle-desc="A photo caption"><div class="slider__block">Photo caption under the picture</div></div></div>
<p>The talks were attended by Adviser ${tooltip("Ivan Petrovsky", "Petrovsky Ivan", "Aide to the President")} and others.</p>
<div class="read__cut masha-ignore" role="complementary"><h3 class="cut__title">See also</h3><a href="102.html">Another meeting entirely</a></div>
<p>* * *</p>
<p><b>Beginning of talks with President of Freedonia Rufus Firefly</b></p>
<p><b>President of Russia Vladimir Putin:</b> Mr President, welcome.</p>
<p>We have much to discuss.</p>
<p><b>President of Freedonia Rufus Firefly</b><i> (retranslated</i>): Thank you, it is a pleasure.</p>
</div>
<div class="read__bottommeta"><h3>Publication status</h3><p>Published in sections: News</p></div>
</article></div>
<footer class="footer"><p>All content on this site is licensed under a licence</p></footer></body></html>`;

describe("HTML page reader", () => {
  it("takes the h1 as the title, decoding entities and folding no-break spaces", () => {
    expect(ingestOk("site/a.html", page).title).toBe("Talks with President of Freedonia Rufus Firefly");
  });

  it("takes the published day and the stated place", () => {
    const r = ingestOk("site/a.html", page);
    expect(r.date).toBe("2019-03-14");
    expect(r.place).toBe("Lakeside Residence, Northtown");
    expect(r.format).toBe("html");
  });

  it("keeps the lead and the article, and nothing of menus, sliders, see-also boxes, status or footer", () => {
    const text = allText(ingestOk("site/a.html", page));
    expect(text).toContain("The two leaders met at the Lakeside Residence.");
    for (const junk of ["Main menu", "Using website content", "Photo caption", "See also", "Another meeting entirely", "Publication status", "licensed under", "* * *"]) {
      expect(text).not.toContain(junk);
    }
  });

  it("drops name tooltips by their markup, keeping the name once", () => {
    const r = ingestOk("site/a.html", page);
    expect(texts(r)).toContain("The talks were attended by Adviser Ivan Petrovsky and others.");
    expect(allText(r)).not.toContain("Petrovsky Ivan");
    expect(allText(r)).not.toContain("Aide to the President");
  });

  it("splits bold speaker labels and their interpreting note off the turn, and marks the heading after a break", () => {
    const ps = ingestOk("site/a.html", page).paragraphs;
    const heading = ps.find((p) => p.text.startsWith("Beginning of talks"));
    expect(heading?.heading).toBe(true);
    expect(ps.find((p) => p.text === "Mr President, welcome.")).toMatchObject({ label: "President of Russia Vladimir Putin", labelNote: null });
    expect(ps.find((p) => p.text === "We have much to discuss.")).toMatchObject({ label: null });
    expect(ps.find((p) => p.text === "Thank you, it is a pleasure.")).toMatchObject({ label: "President of Freedonia Rufus Firefly", labelNote: "(retranslated)" });
  });

  it("finds the article of an unseen site by text density, without publisher hints", () => {
    const prose = (n: number) => `<p>Paragraph ${n} of the readout, in which the ministers reviewed trade, energy and transport, and agreed to meet again in the spring.</p>`;
    const unseen = `<html><head><title>Ministers meet | Foreign Office</title></head><body>
      <div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></div>
      <div class="layout"><div class="sidebar-left"><ul><li><a href="/x">Latest statements from the ministry and its embassies abroad</a></li></ul></div>
      <div class="story"><h1>Ministers meet in Northtown</h1><p class="date">Posted</p>${prose(1)}${prose(2)}${prose(3)}</div></div>
      <div class="bottom"><p>Copyright the Foreign Office. All rights reserved.</p></div>
      <time datetime="2020-05-06T10:00:00+02:00">6 May</time></body></html>`;
    const r = ingestOk("unseen/page.html", unseen);
    expect(r.title).toBe("Ministers meet in Northtown");
    expect(r.date).toBe("2020-05-06");
    expect(texts(r).filter((t) => t.startsWith("Paragraph"))).toHaveLength(3);
    expect(allText(r)).not.toMatch(/Copyright|Latest statements|About us/);
  });
});

describe("HTML page without an h1", () => {
  it("takes the document title without the site's name", () => {
    const page = `<html><head><title>Ministers meet to sign the ferry accord | Foreign Office</title><meta property="og:site_name" content="Foreign Office"></head>
      <body><main><p>The ministers of two fictional states met in Northtown and signed an accord on ferries and ports.</p></main>
      <time datetime="2020-05-06">6 May</time></body></html>`;
    expect(ingestOk("unseen/b.html", page).title).toBe("Ministers meet to sign the ferry accord");
  });
});

describe("an article split into sections on an unseen site", () => {
  it("keeps every section, and drops a category link and the repeated headline", () => {
    const section = (n: number) =>
      `<section class="part"><h2>Part ${n}</h2><p>In part ${n} the delegations went through ports, ferries and customs, and agreed on next steps.</p><p>They also set a date, a venue and a list of experts for part ${n}.</p></section>`;
    const page = `<html><body><div class="page"><div class="content"><a href="/news">News</a><h1>Ferry talks end</h1>
      <p>Ferry talks end</p>${section(1)}${section(2)}${section(3)}</div>
      <div class="links"><a href="/a">Other news one</a> <a href="/b">Other news two</a></div></div>
      <time datetime="2020-05-06">6 May</time></body></html>`;
    const t = texts(ingestOk("unseen/c.html", page));
    expect(t.filter((x) => x.startsWith("In part"))).toHaveLength(3);
    expect(t).not.toContain("News");
    expect(t).not.toContain("Ferry talks end");
    expect(t.join(" ")).not.toContain("Other news");
  });
});

describe("a ministry page from a site with no rules of its own", () => {
  const page = `<html><head><title>Ministry of Foreign Affairs</title></head><body>
    <table width="100%"><tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/minister">The Minister</a> | <a href="/missions">Missions Abroad</a></td></tr></table>
    <div id="crumbs"><a href="/">Home</a> &gt; <a href="/news">Ministry News</a></div>
    <div id="News_Body_Title">Premier Lin Holds Talks with President Rufus Firefly</div>
    <div id="News_Body_Time">2018/06/08</div>
    <div id="News_Body_Txt_A">
      <p>On June 8, 2018, Premier Lin held talks with President Rufus Firefly of Freedonia at the Hall of Harmony.</p>
      <p>Premier Lin said that the two countries should deepen cooperation in trade, energy and culture.</p>
      <p>Rufus Firefly said that Freedonia values the partnership and looks forward to the next meeting.</p>
    </div>
    <div class="tools"><a href="#">Suggest To A Friend</a> <a href="javascript:print()">Print</a> <a href="#">Close</a></div>
    <div id="foot">Copyright Ministry of Foreign Affairs. All rights reserved.</div>
  </body></html>`;

  it("has no h1 or date metadata, yet gives the body, the day and nothing of the chrome", () => {
    const r = ingestOk("ministry/a.html", page);
    expect(r.title).toBe("Premier Lin Holds Talks with President Rufus Firefly");
    expect(texts(r)).toHaveLength(3);
    expect(r.date).toBe("2018-06-08");
    expect(r.place).toBe("the Hall of Harmony");
    expect(allText(r)).not.toMatch(/Suggest To A Friend|Print|Close|Copyright|Missions Abroad|Ministry News/);
  });

  it("takes a date line under the title when nothing else gives the day", () => {
    const undated = page.replace("On June 8, 2018, Premier", "Premier").replace("2018/06/08", "2018/06/09");
    expect(ingestOk("ministry/b.html", undated).date).toBe("2018-06-09");
  });
});
