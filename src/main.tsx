import "./styles/global.css";
import { PRERENDERED_DATA_ATTR, prerenderedKind } from "./app/prerendered.ts";

// The entry stays tiny: the app (React, the router, the routes) is one dynamic import away. On a
// prerendered page that import waits for the first paint, so the page's own HTML and CSS have the
// network and the main thread to themselves until the reader sees the text.
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = container;
const kind = prerenderedKind(root);

function preloadData(file: string | null) {
  if (!file) return;
  // Same mode and credentials as the app's fetch(), so the app's request reuses this response.
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = file;
  document.head.append(link);
}

/**
 * A prerendered page shows its buttons and forms before the app can answer them. Until it can, a
 * click on a button or a form submission is held (not lost, and not sent to the server as a plain
 * form post) and replayed once the app has taken over the same markup; links work as plain links.
 * Returns the function that stops holding, replaying what was held when `replay` is true.
 */
function holdEarlyInput(container: HTMLElement): (replay: boolean) => void {
  const held: (() => void)[] = [];
  const seen = new Set<Element>();
  const hold = (el: Element, again: () => void) => {
    // A second tap on a control that has not answered yet is impatience, not a second request.
    if (!seen.has(el)) held.push(again);
    seen.add(el);
  };
  const onClick = (e: MouseEvent) => {
    const button = e.target instanceof Element ? e.target.closest("button") : null;
    if (!button || !container.contains(button)) return;
    e.preventDefault();
    hold(button, () => button.click());
  };
  const onSubmit = (e: SubmitEvent) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    e.preventDefault();
    hold(form, () => form.requestSubmit());
  };
  container.addEventListener("click", onClick, true);
  container.addEventListener("submit", onSubmit, true);
  return (replay) => {
    container.removeEventListener("click", onClick, true);
    container.removeEventListener("submit", onSubmit, true);
    if (replay) for (const again of held) again();
  };
}

function start(release: ((replay: boolean) => void) | null) {
  preloadData(root.getAttribute(PRERENDERED_DATA_ATTR));
  void import("./app/start.tsx")
    .then((app) => app.startApp(root, kind))
    .then(
      (hydrated) => release?.(hydrated),
      (e: unknown) => {
        release?.(false);
        throw e;
      },
    );
}

/** Longest wait for the first paint: a page opened in a background tab is not painted until shown. */
const FIRST_PAINT_WAIT_MS = 5000;

/** Runs `fn` once the page has had its first contentful paint (or after FIRST_PAINT_WAIT_MS). */
function afterFirstPaint(fn: () => void) {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    fn();
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) setTimeout(run, 0);
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    // No paint timing here: two frames on is after the first paint.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run, 0)));
  }
  setTimeout(run, FIRST_PAINT_WAIT_MS);
}

if (kind) {
  const release = kind === "app" ? holdEarlyInput(root) : null;
  afterFirstPaint(() => start(release));
} else {
  start(null);
}
