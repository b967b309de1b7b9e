import { createSignal } from "solid-js";

/**
 * A draft as the API stores it. The answer field holds the workspace's state in progress
 * (incomplete, not yet an answer) and the id the submit will carry: kept together, a submit
 * retried after a lost response or a reload sends the same id, and the API returns the
 * attempt it already stored instead of refusing a second one.
 */
export interface DraftEnvelope<W> {
  work: W;
  submissionId: string;
  /**
   * When the worker last changed it, by this browser's clock. Both copies carry it, so the
   * newer one is found without comparing the server's clock with the browser's.
   */
  editedAt: string;
}

export interface StoredDraft {
  answer?: unknown;
  activeSeconds: number;
}

export function readEnvelope(answer: unknown): DraftEnvelope<unknown> | null {
  if (typeof answer !== "object" || answer === null) return null;
  const { work, submissionId, editedAt } = answer as Record<string, unknown>;
  if (typeof submissionId !== "string" || typeof editedAt !== "string" || work === undefined) {
    return null;
  }
  return { work, submissionId, editedAt };
}

function localKey(batchId: string, itemId: string): string {
  return `rubric.practice.draft.${batchId}.${itemId}`;
}

/**
 * The browser keeps its own copy of every draft, written on each change, because a reload can
 * land before the debounced save reaches the server.
 */
export const localDrafts = {
  read(batchId: string, itemId: string): StoredDraft | null {
    try {
      const raw = localStorage.getItem(localKey(batchId, itemId));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as StoredDraft;
      return typeof parsed.activeSeconds === "number" ? parsed : null;
    } catch {
      return null;
    }
  },
  write(batchId: string, itemId: string, draft: StoredDraft): void {
    try {
      localStorage.setItem(localKey(batchId, itemId), JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the server copy still saves.
    }
  },
  clear(batchId: string, itemId: string): void {
    try {
      localStorage.removeItem(localKey(batchId, itemId));
    } catch {
      // Nothing to clear when storage is disabled.
    }
  },
};

/** The more recently edited of the server's and the browser's copy; one it cannot read loses. */
export function newerDraft(a: StoredDraft | null, b: StoredDraft | null): StoredDraft | null {
  const edited = (draft: StoredDraft | null) => {
    const at = draft ? readEnvelope(draft.answer)?.editedAt : undefined;
    return at ? Date.parse(at) : Number.NEGATIVE_INFINITY;
  };
  if (!a || edited(a) === Number.NEGATIVE_INFINITY) return b ?? a;
  if (!b) return a;
  return edited(b) > edited(a) ? b : a;
}

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error";

/**
 * Debounced saving: each change restarts the wait; at most one save is in flight, and a
 * change made during it is saved right after, so the last state always reaches the server.
 */
export function createAutosave<P>(save: (payload: P) => Promise<unknown>, delayMs = 1200) {
  const [status, setStatus] = createSignal<SaveStatus>("idle");
  const [savedAt, setSavedAt] = createSignal<Date | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued: { payload: P } | null = null;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  const run = async (): Promise<void> => {
    if (inFlight) return inFlight;
    const next = queued;
    if (!next || stopped) return;
    queued = null;
    setStatus("saving");
    inFlight = save(next.payload)
      .then(() => {
        setSavedAt(new Date());
        setStatus(queued ? "pending" : "saved");
      })
      .catch(() => {
        setStatus("error");
      })
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
    if (queued) await run();
  };

  return {
    status,
    savedAt,
    schedule(payload: P) {
      if (stopped) return;
      queued = { payload };
      setStatus("pending");
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    /** Saves what is waiting now, e.g. when the tab is hidden or the item is left. */
    flush(): Promise<void> {
      clearTimeout(timer);
      return run();
    },
    /** After a submit the draft is gone on the server; late saves would be refused. */
    stop() {
      stopped = true;
      queued = null;
      clearTimeout(timer);
    },
  };
}
