import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppRouterProvider, createAppRouter, whenInitialized } from "./app/router.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;

// One router for the app's lifetime, created outside React so StrictMode cannot make two.
const router = createAppRouter();
void whenInitialized(router).then(() => {
  // The static description (prerendered or the home page's) gives way to the one each route renders;
  // React 19 hoists that <meta> into <head> but does not replace an existing one.
  for (const meta of document.head.querySelectorAll('meta[name="description"]')) meta.remove();
  createRoot(container).render(
    <StrictMode>
      <AppRouterProvider router={router} />
    </StrictMode>,
  );
});
