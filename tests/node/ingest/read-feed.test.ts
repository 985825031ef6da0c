import { describe, expect, it } from "vitest";
import { allText, ingestOk, texts } from "./helpers.ts";

const item = (fields: Record<string, unknown>) =>
  JSON.stringify({
    source: "U.S. Department of State press-release RSS feed, archived in a fictional repository",
    title: "Secretary Nowak&#8217;s Meeting with Sylvanian Foreign Minister Trentino",
    link: "https://www.state.gov/secretary-nowaks-meeting-with-sylvanian-foreign-minister-trentino/",
    "dc:creator": "Office of the Spokesperson",
    pubDate: "Wed, 10 Mar 2021 15:20:00 +0000",
    guid: "https://www.state.gov/?page_id=1",
    archive: { repo: "someone/feed-archive", note: "verbatim" },
    ...fields,
  });

const readout = `<script type="text/javascript">jQuery(document).ready(function(){ jQuery(".wm").watermark(); });</script>
<p>Office of the Spokesperson</p><p>The below is attributable to Spokesperson Dana Reyes:</p>
<p>Secretary Nowak met today with Sylvanian Foreign Minister Trentino in Northtown to discuss&nbsp;trade.</p>`;

describe("feed item reader", () => {
  it("decodes character references in the title", () => {
    expect(ingestOk("feed/a.json", item({ "content:encoded": readout })).title).toBe("Secretary Nowak’s Meeting with Sylvanian Foreign Minister Trentino");
  });

  it("drops embedded scripts, the byline and feed metadata from the body", () => {
    const r = ingestOk("feed/a.json", item({ "content:encoded": readout }));
    expect(texts(r)).toEqual([
      "The below is attributable to Spokesperson Dana Reyes:",
      "Secretary Nowak met today with Sylvanian Foreign Minister Trentino in Northtown to discuss trade.",
    ]);
    expect(allText(r)).not.toMatch(/jQuery|watermark|someone\/feed-archive|page_id/);
    expect(r.byline).toBe("Office of the Spokesperson");
  });

  it("knows the publisher by the link's host and reads the place from the opening", () => {
    const r = ingestOk("feed/a.json", item({ "content:encoded": readout }));
    expect(r.publisher).toEqual({ id: "state-department", name: "U.S. Department of State" });
    expect(r.place).toBe("Northtown");
    expect(r.format).toBe("feed-json");
  });

  it("dates a release by the day its timestamp writes, in the stamp's own offset, never moved to the publisher's zone", () => {
    const r = ingestOk("feed/a.json", item({ "content:encoded": readout, pubDate: "Thu, 11 Mar 2021 01:30:00 +0000" }));
    expect(r.date).toBe("2021-03-11");
    const late = ingestOk("feed/a.json", item({ "content:encoded": readout, pubDate: "2021-03-10T23:50:00-05:00" }));
    expect(late.date).toBe("2021-03-10");
  });

  it("takes the event day from 'spoke yesterday'", () => {
    const body = "<p>Secretary Nowak spoke yesterday with Foreign Minister Trentino about the harvest.</p>";
    expect(ingestOk("feed/a.json", item({ "content:encoded": body })).date).toBe("2021-03-09");
  });

  it("reads a transcript: several bylines, the header as place, labels with interpreting notes", () => {
    const body = `<p>Maria Nowak, Secretary of State</p><p>Lena Trentino, Sylvanian Foreign Minister</p>
      <p>Northtown, Sylvania</p><p>Grand Lake Hotel</p>
      <p><b>FOREIGN MINISTER TRENTINO:  </b><span style="font-weight: 400;">(Via interpreter) Welcome to Northtown.</span></p>
      <p><span style="font-weight: 400;">We are glad you came.</span></p>
      <p><strong>SECRETARY NOWAK:</strong> Thank you, Lena.</p>`;
    const r = ingestOk("feed/b.json", item({ "content:encoded": body, "dc:creator": "Maria Nowak, Secretary of State, Lena Trentino, Sylvanian Foreign Minister" }));
    expect(r.place).toBe("Grand Lake Hotel, Northtown, Sylvania");
    expect(r.paragraphs).toEqual([
      { text: "Welcome to Northtown.", label: "FOREIGN MINISTER TRENTINO", labelNote: "(Via interpreter)", heading: false },
      { text: "We are glad you came.", label: null, labelNote: null, heading: false },
      { text: "Thank you, Lena.", label: "SECRETARY NOWAK", labelNote: null, heading: false },
    ]);
  });
});
