import { Link, useLoaderData } from "react-router-dom";
import { loadListPage, loadManifest } from "../../lib/corpus-client.ts";
import { paths } from "../paths.ts";

export async function loader() {
  const manifest = await loadManifest();
  const first = manifest.pages > 0 ? await loadListPage(0) : { page: 0, items: [] };
  return { manifest, latest: first.items };
}

export function Component() {
  const { manifest, latest } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  return (
    <>
      <h1>Latest releases</h1>
      <p>{manifest.count} releases</p>
      <ol>
        {latest.map((r) => (
          <li key={r.id}>
            <Link to={paths.release.href(r.id)}>{r.title}</Link> <time dateTime={r.date ?? undefined}>{r.date}</time>
          </li>
        ))}
      </ol>
    </>
  );
}
