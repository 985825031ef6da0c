import { escapeHtml } from "./escape.ts";
import { MONTHS, TOPICS } from "./word-lists.ts";
import type { Block, SynthPerson, SyntheticRelease } from "./release-model.ts";

/**
 * Kremlin-style news page: most of the bytes are site chrome (head, menus, photo slider, footer), the
 * article sits in `itemprop="articleBody"`, names carry hidden tooltip spans that repeat the name
 * inverted with a position, transcript turns have bold labels and a "See also" box interrupts the text.
 */

const SECTIONS = ["Events", "News", "Speeches and transcripts", "Presidential Executive Office", "State Council", "Security Council", "Commissions and Councils", "Trips", "Telephone conversations", "Documents", "Acts", "Instructions", "Structure", "Biography", "Symbols", "Residences", "Library", "Multimedia", "Photos", "Video", "Audio", "Contacts", "Letters", "Regions", "Countries", "Topics", "Persons", "Subscription", "Search", "Calendar"];

let chromeCache: { head: string; menu: string; footer: string } | null = null;

function chrome() {
  if (chromeCache) return chromeCache;
  const links = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const label = SECTIONS[i % SECTIONS.length] as string;
      return `<li class="${prefix}_item" itemscope="itemscope" itemtype="http://schema.org/SiteNavigationElement"> <a href="../../../../${prefix}/${i}.html" itemprop="url"><span itemprop="name">${label}</span></a></li>`;
    }).join(" ");
  const head = [
    `<meta charset="utf-8"/> <meta name="viewport" content="width=device-width, initial-scale=1"/>`,
    `<link rel="stylesheet" href="../../../../static/css/app.css"/> <link rel="icon" href="../../../../static/img/icons/favicon.ico"/>`,
    `<script>window.siteConfig = { lang: "en", counters: [${Array.from({ length: 40 }, (_, i) => i * 7).join(",")}], analytics: false };</script>`,
    `<script>${"(function(){var q=[];function t(e){q.push(e)}window.track=t;})();".repeat(12)}</script>`,
  ].join(" ");
  const menu = `<div class="header" role="banner"><div class="topline topline__menu"><a class="topline__toggleaside" aria-label="Portal Menu" role="button" href="#"></a> <ul class="nav">${links("nav", 40)}</ul></div></div>`;
  const footer = `<div class="footer" id="footer" itemscope="itemscope" itemtype="http://schema.org/WPFooter"><div class="footer__in">${[1, 2, 3, 4]
    .map((col) => `<div class="footer__col"><h2 class="footer_title">Section ${col}</h2><ul class="footer_list">${links("footer_list", 20)}</ul></div>`)
    .join(" ")} <p class="footer_copy">All content on this site is licensed under Creative Commons Attribution 4.0 International. <a href="../../../../about/copyrights.html">Using website content</a></p></div></div>`;
  chromeCache = { head, menu, footer };
  return chromeCache;
}

function personLink(person: SynthPerson, id: number): string {
  return `<a href="http://en.kremlin.ru/catalog/persons/${id}/biography" class="person_tag read__tag">${escapeHtml(person.name)}<span class="read__tooltip tooltip_person hidden masha-ignore"> <span class="tooltip__close"><i></i></span> <span class="tooltip__image"><img src="../../../../static/persons/${id}.jpg" width="140" height="140" alt="${escapeHtml(`${person.surname} ${person.first}`)}"></span> <span class="tooltip__text"> <span class="tooltip_title tooltip_link" data-href="/catalog/persons/${id}/biography">${escapeHtml(`${person.surname} ${person.first}`)}</span><span class="tooltip_description_dark">${escapeHtml(person.title)}</span></span> </span></a>`;
}

function personId(person: SynthPerson): number {
  let h = 0;
  for (let i = 0; i < person.name.length; i++) h = (h * 31 + person.name.charCodeAt(i)) % 9000;
  return 100 + h;
}

function paragraph(block: Block, release: SyntheticRelease): string {
  switch (block.kind) {
    case "break":
      return `<p><b>* * *</b></p>`;
    case "heading":
      return `<p><b>${escapeHtml(block.text)}</b></p>`;
    case "turn": {
      if (block.speaker === "question") return `<p><b>Question:</b> ${escapeHtml(block.text)}</p>`;
      const label = block.speaker === release.host ? `President of Russia ${block.speaker.name}` : `${block.speaker.title} of ${block.speaker.country} ${block.speaker.name}`;
      return block.note ? `<p><b>${escapeHtml(label)}</b> (retranslated): ${escapeHtml(block.text)}</p>` : `<p><b>${escapeHtml(label)}:</b> ${escapeHtml(block.text)}</p>`;
    }
    case "narration":
    case "reported": {
      let html = escapeHtml(block.text);
      for (const person of block.mentions) {
        const at = html.indexOf(escapeHtml(person.name));
        if (at >= 0) html = html.slice(0, at) + personLink(person, personId(person)) + html.slice(at + escapeHtml(person.name).length);
      }
      return `<p>${html}</p>`;
    }
  }
}

function longDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
}

export function renderKremlinHtml(release: SyntheticRelease, urlId: number): string {
  const { head, menu, footer } = chrome();
  const title = escapeHtml(release.title);
  const slides = Array.from({ length: 1 + (release.index % 5) }, (_, i) => {
    const caption = escapeHtml(`${i === 0 ? "With" : "During the talks with"} ${release.guest.title} of ${release.guest.country} ${release.guest.name}.`);
    return `<div class="slide" data-cycle-desc="${caption}"><div class="slider__block" data-text="${caption}"><img src="../../../../static/photos/${urlId}-${i}.jpg" width="940" height="580" alt=""></div></div>`;
  }).join(" ");
  const body: string[] = release.blocks.map((b) => paragraph(b, release));
  const seeAlso = `<div class="read__cut read__cut_full_size masha-ignore" role="complementary" aria-labelledby="${urlId}-cut"><div class="cut"><h3 class="cut__title" id="${urlId}-cut">See also</h3><div class="cut__description"><a href="../../trips/${urlId - 3}.html" class="cut__item cut__link">Visit to ${escapeHtml(release.guest.country)}</a><div class="cut__date">${longDate(release.date)}</div></div></div></div>`;
  body.splice(Math.min(body.length, 2 + (release.index % 3)), 0, seeAlso);
  const topicTags = TOPICS.slice(release.index % 10, (release.index % 10) + 3)
    .map((t) => `<li class="p-category"><a href="../../../../catalog/keywords/${t.length}/events.html" rel="tag">${escapeHtml(t)}</a></li>`)
    .join("");
  return [
    `<!doctype html> <html lang="en"><head><title>${title} • President of Russia</title>`,
    `<meta property="og:title" content="${title}"/><meta property="og:url" content="http://en.kremlin.ru/events/president/news/${urlId}"/><meta name="twitter:title" content="${title}"/>`,
    head,
    `</head> <body class=" is-reading">`,
    menu,
    `<div class="main-wrapper"><div class="wrapsite"><div class="content-view" role="main"><div class="read" itemscope="itemscope" itemtype="http://schema.org/NewsArticle"><article class="hentry h-entry hentry_event" itemprop="mainEntity">`,
    `<div class="read__content"><div class="read__top"><div class="width_limiter"><a href="http://en.kremlin.ru/events/president/news" class="read__categ" rel="category">Events</a> <h1 class="entry-title p-name" itemprop="name">${title}</h1> <div class="read__lead entry-summary p-summary" itemprop="description" role="heading" id="read-lead">${escapeHtml(release.lead)}</div> <div class="read__meta"><time class="read__published" datetime="${release.date}" itemprop="datePublished">${longDate(release.date)}</time> <div class="read__time">${release.time}</div> <div class="read__place p-location"><i></i>${escapeHtml(release.place)}</div> <meta itemprop="inLanguage" content="en"/></div></div></div>`,
    `<div class="entry-content e-content read__internal_content" itemprop="articleBody"><div class="slider masha-ignore" role="listbox"><div class="slider__slides">${slides}</div></div>`,
    body.join("\n"),
    `<div class="read__bottommeta hidden-copy"><div class="read__tags masha-ignore"><div class="read__tagscol"><h3>Geography</h3><ul class="read__taglist"><li><a href="../../../../catalog/countries/events.html" rel="tag"><i></i>${escapeHtml(release.guest.country)}</a></li></ul></div><div class="read__tagscol"><h3>Topics</h3><ul class="read__taglist">${topicTags}</ul></div></div>`,
    `<p class="read__url">Publication date: ${longDate(release.date)}, ${release.time}</p><p class="read__url">Direct link: <a href="http://en.kremlin.ru/d/${urlId}">en.kremlin.ru/d/${urlId}</a></p></div></div></article></div></div>`,
    footer,
    `</div></div></body></html>\n`,
  ].join("\n");
}
