import { useLoaderData, type LoaderFunctionArgs } from "react-router-dom";
import { CorpusNotFoundError, isValidId, loadRelease } from "../../lib/corpus-client.ts";

export async function loader({ params }: LoaderFunctionArgs) {
  if (!isValidId(params.releaseId)) throw new Response("Not found", { status: 404 });
  try {
    return await loadRelease(params.releaseId);
  } catch (e) {
    if (e instanceof CorpusNotFoundError) throw new Response("Not found", { status: 404 });
    throw e;
  }
}

export function Component() {
  const release = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  return (
    <article>
      <h1>{release.title}</h1>
      {release.paragraphs.map((p) => (
        <p key={p.id} id={p.id}>
          {p.text}
        </p>
      ))}
    </article>
  );
}
