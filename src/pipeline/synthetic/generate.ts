import { slugify } from "./escape.ts";
import { buildPools, buildRelease } from "./release-model.ts";
import type { ModelOptions, Pools, SyntheticRelease, Variant } from "./release-model.ts";
import { renderKremlinHtml } from "./render-html.ts";
import { renderStateFeedJson } from "./render-feed-json.ts";
import { renderRowJson } from "./render-row-json.ts";
import { renderWhiteHouseMarkdown } from "./render-markdown.ts";
import { renderEmbassyText } from "./render-text.ts";

/** Same folder names as the real raw corpus, so whatever routes files by source folder routes these too. */
export const VARIANT_FOLDERS: Record<Variant, string> = {
  "kremlin-html": "kremlin_en_html",
  "state-feed": "state_dept_rss_json",
  "kremlin-row": "kremlin_en_2021_2022_csv_json",
  "ukraine-row": "ukraine_president_csv_json",
  "whitehouse-md": "whitehouse_briefing_room_md",
  "embassy-text": "cn_embassy_seed",
};

/** How each variant is written to disk: its renderer and file extension. */
const RENDERERS: Record<Variant, { render: (release: SyntheticRelease, urlId: number) => string; ext: string }> = {
  "kremlin-html": { render: renderKremlinHtml, ext: "html" },
  "state-feed": { render: renderStateFeedJson, ext: "json" },
  "kremlin-row": { render: renderRowJson, ext: "json" },
  "ukraine-row": { render: renderRowJson, ext: "json" },
  "whitehouse-md": { render: renderWhiteHouseMarkdown, ext: "md" },
  "embassy-text": { render: (release) => renderEmbassyText(release), ext: "txt" },
};

export interface GenerateOptions {
  seed: number;
  /** Share of very long transcripts, 0..1. */
  longShare?: number;
  firstYear?: number;
  lastYear?: number;
}

export interface GeneratedFile {
  /** `<source folder>/<year>/<date>_<slug>-<n>.<ext>`: sharded so no folder holds more than a few thousand files. */
  relPath: string;
  content: string;
  release: SyntheticRelease;
}

export interface Generator {
  file(index: number): GeneratedFile;
}

export const DEFAULT_SEED = 1;

export function createGenerator(options: GenerateOptions): Generator {
  const model: ModelOptions = {
    seed: options.seed,
    longShare: options.longShare ?? 0.01,
    firstYear: options.firstYear ?? 2000,
    lastYear: options.lastYear ?? 2025,
  };
  if (model.firstYear > model.lastYear) throw new Error(`firstYear ${model.firstYear} is after lastYear ${model.lastYear}`);
  const pools: Pools = buildPools(model.seed);
  return {
    file(index) {
      const release = buildRelease(index, model, pools);
      // Ids far above the real sources' so a synthetic URL never looks like a real page.
      const urlId = 900_000 + index;
      const { render, ext } = RENDERERS[release.variant];
      const content = render(release, urlId);
      const name = `${release.date}_${slugify(release.title).slice(0, 60)}-${index}.${ext}`;
      return { relPath: `${VARIANT_FOLDERS[release.variant]}/${release.date.slice(0, 4)}/${name}`, content, release };
    },
  };
}
