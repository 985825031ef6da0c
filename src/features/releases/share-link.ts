export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

/**
 * Shares a link through the system share sheet where the browser has one (phones, mostly), else
 * copies it. The caller turns the outcome into a polite status message.
 */
export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  const nav = typeof navigator === "undefined" ? undefined : navigator;
  if (nav && typeof nav.share === "function") {
    try {
      await nav.share({ url, title });
      return "shared";
    } catch (e) {
      // Closing the share sheet is a choice, not an error; anything else falls back to copying.
      if (e instanceof DOMException && e.name === "AbortError") return "cancelled";
    }
  }
  if (nav?.clipboard && typeof nav.clipboard.writeText === "function") {
    try {
      await nav.clipboard.writeText(url);
      return "copied";
    } catch {
      return "failed";
    }
  }
  return "failed";
}

/** The message a status region reads out for an outcome; `what` names the thing linked to. */
export function shareMessage(outcome: ShareOutcome, what: string, url: string): string {
  switch (outcome) {
    case "shared":
      return `Shared the link to ${what}.`;
    case "copied":
      return `Copied the link to ${what}.`;
    case "cancelled":
      return "";
    case "failed":
      return `Could not copy automatically. The link to ${what} is ${url}`;
  }
}
