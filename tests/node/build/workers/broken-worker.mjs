// A worker that cannot start, like one whose pipeline fails to load.
throw new Error("pipeline failed to load");
