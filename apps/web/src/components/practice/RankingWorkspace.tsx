import { MAX_JUSTIFICATION_CHARS } from "@rubric/core";
import {
  closestCenter,
  createSortable,
  DragDropProvider,
  DragDropSensors,
  type DragEvent,
  maybeTransformStyle,
  SortableProvider,
  useDragDropContext,
} from "@thisbeyond/solid-dnd";
import { createMemo, For, Show } from "solid-js";
import { z } from "zod";
import { digitOf, letterOf } from "../../lib/practice/keys.ts";
import {
  flatOrder,
  fromRankMap,
  initialGroups,
  isTiedWithPrevious,
  moveDown,
  moveTo,
  moveUp,
  type RankingGroups,
  toggleTie,
  toRankMap,
} from "../../lib/practice/ranking.ts";
import { Markdown } from "./Markdown.tsx";
import { WrittenField } from "./WrittenField.tsx";
import type { WorkspaceDefinition, WorkspaceProps } from "./workspace.ts";

const workSchema = z.object({
  groups: z.array(z.array(z.string()).min(1)),
  /** The starting order is not a judgement; submitting it untouched is almost always a slip. */
  touched: z.boolean(),
  justification: z.string(),
});
export type RankingWork = z.infer<typeof workSchema>;

function RankingWorkspace(props: WorkspaceProps<"ranking", RankingWork>) {
  const order = createMemo(() => flatOrder(props.work.groups));
  const ranks = createMemo(() => toRankMap(props.work.groups));
  const textOf = (id: string) => props.view.prompt.responses.find((r) => r.id === id)?.text ?? "";
  let list: HTMLOListElement | undefined;

  const update = (change: (groups: RankingGroups) => RankingGroups, focusId: string) => {
    props.setWork({ groups: change(props.work.groups), touched: true });
    queueMicrotask(() => list?.querySelector<HTMLElement>(`[data-response='${focusId}']`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    const index = order().indexOf(id);
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      update((g) => (event.key === "ArrowUp" ? moveUp(g, id) : moveDown(g, id)), id);
      return;
    }
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      const next = order()[index + (event.key === "ArrowUp" ? -1 : 1)];
      if (next) list?.querySelector<HTMLElement>(`[data-response='${next}']`)?.focus();
      return;
    }
    if (letterOf(event) === "t") {
      event.preventDefault();
      update((g) => toggleTie(g, id), id);
      return;
    }
    const digit = digitOf(event);
    if (digit !== null && digit >= 1 && digit <= order().length) {
      event.preventDefault();
      update((g) => moveTo(g, id, digit - 1), id);
    }
  };

  const onDragEnd = ({ draggable, droppable }: DragEvent) => {
    if (!droppable || draggable.id === droppable.id) return;
    const target = order().indexOf(String(droppable.id));
    update((g) => moveTo(g, String(draggable.id), target), String(draggable.id));
  };

  return (
    <div class="workspace" data-workspace>
      <section class="task-block" aria-labelledby="rk-prompt">
        <h2 id="rk-prompt" class="task-block__title">
          User prompt
        </h2>
        <Markdown text={props.view.prompt.userPrompt} />
      </section>
      <section class="task-block" aria-labelledby="rk-order">
        <h2 id="rk-order" class="task-block__title">
          Rank the responses, best first
        </h2>
        <p class="muted small" id="rk-help">
          Drag a response by its handle ⠿, or focus the handle and press Alt+↑/↓ to move it, a
          number to put it at that place, T to tie it with the one above.
        </p>
        <DragDropProvider onDragEnd={onDragEnd} collisionDetector={closestCenter}>
          <DragDropSensors />
          <ol class="ranking" ref={list}>
            <SortableProvider ids={order()}>
              <For each={order()}>
                {(id) => (
                  <RankedResponse
                    id={id}
                    rank={ranks()[id] ?? 0}
                    tied={isTiedWithPrevious(props.work.groups, id)}
                    first={order()[0] === id}
                    last={order().at(-1) === id}
                    text={textOf(id)}
                    onKeyDown={(event) => onKeyDown(event, id)}
                    onMoveUp={() => update((g) => moveUp(g, id), id)}
                    onMoveDown={() => update((g) => moveDown(g, id), id)}
                    onToggleTie={() => update((g) => toggleTie(g, id), id)}
                  />
                )}
              </For>
            </SortableProvider>
          </ol>
        </DragDropProvider>
        <Show when={!props.work.touched}>
          <button
            type="button"
            class="ui-button ui-button--secondary ui-button--sm ranking__keep"
            onClick={() => props.setWork("touched", true)}
          >
            Keep this order
          </button>
        </Show>
      </section>
      <WrittenField
        label="Justification (optional)"
        description="Why the top response wins, and what sinks the bottom one."
        value={props.work.justification}
        onInput={(text) => props.setWork("justification", text)}
        max={MAX_JUSTIFICATION_CHARS}
        rows={4}
      />
    </div>
  );
}

interface RankedResponseProps {
  id: string;
  rank: number;
  tied: boolean;
  first: boolean;
  last: boolean;
  text: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onToggleTie: () => void;
}

function RankedResponse(props: RankedResponseProps) {
  const sortable = createSortable(props.id);
  const context = useDragDropContext();
  const dragging = () => Boolean(context?.[0].active.draggable);
  return (
    <li
      ref={sortable.ref}
      class="ranked"
      classList={{
        "ranked--tied": props.tied,
        "ranked--dragging": sortable.isActiveDraggable,
        "ranked--animating": dragging(),
      }}
      style={maybeTransformStyle(sortable.transform)}
    >
      <Show when={props.tied}>
        <span class="ranked__tie" aria-hidden="true">
          = tied
        </span>
      </Show>
      <div class="ranked__card">
        <div class="ranked__side">
          {/* The handle is the response's keyboard stop as well as its drag grip, the usual
              pattern for sortable lists: its keys move the response it belongs to. */}
          <button
            type="button"
            class="ranked__handle"
            data-response={props.id}
            aria-label={`Response ${props.id}, rank ${props.rank}${props.tied ? ", tied with the response above" : ""}`}
            aria-describedby="rk-help"
            onKeyDown={props.onKeyDown}
            {...sortable.dragActivators}
          >
            ⠿
          </button>
          <span class="ranked__rank" aria-hidden="true">
            {props.rank}
          </span>
        </div>
        <div class="ranked__body">
          <h3 class="response__title">Response {props.id}</h3>
          <Markdown text={props.text} />
        </div>
        <div class="ranked__actions">
          <button
            type="button"
            class="icon-button"
            onClick={props.onMoveUp}
            disabled={props.first && !props.tied}
            aria-label={`Move response ${props.id} up`}
          >
            ↑
          </button>
          <button
            type="button"
            class="icon-button"
            onClick={props.onMoveDown}
            disabled={props.last}
            aria-label={`Move response ${props.id} down`}
          >
            ↓
          </button>
          <button
            type="button"
            class="icon-button icon-button--text"
            aria-pressed={props.tied}
            aria-label={`Tie response ${props.id} with the one above`}
            disabled={props.first}
            onClick={props.onToggleTie}
          >
            Tie
          </button>
        </div>
      </div>
    </li>
  );
}

export const rankingWorkspace: WorkspaceDefinition<"ranking", RankingWork> = {
  workSchema,
  initial: (view) => ({
    groups: initialGroups(view.prompt.responses.map((r) => r.id)),
    touched: false,
    justification: "",
  }),
  fromAnswer: (answer, view) => {
    const stored = answer as { ranking?: Record<string, number>; justification?: string };
    return {
      groups: fromRankMap(
        stored.ranking ?? {},
        view.prompt.responses.map((r) => r.id),
      ),
      touched: true,
      justification: stored.justification ?? "",
    };
  },
  toAnswer: (work, view) => {
    const ids = view.prompt.responses.map((r) => r.id);
    const ranked = flatOrder(work.groups);
    if (ranked.length !== ids.length || !ids.every((id) => ranked.includes(id))) {
      return { ok: false, missing: ["Rank every response."] };
    }
    if (!work.touched) {
      return {
        ok: false,
        missing: [
          "Put the responses in order, or choose “Keep this order” if the order given is right.",
        ],
      };
    }
    const answer: { ranking: Record<string, number>; justification?: string } = {
      ranking: toRankMap(work.groups),
    };
    if (work.justification.trim() !== "") answer.justification = work.justification;
    return { ok: true, answer };
  },
  shortcuts: (view) => [
    { keys: ["↑", "↓"], action: "Move focus between responses" },
    { keys: ["Alt", "↑/↓"], action: "Move the focused response up or down" },
    {
      keys: [`1–${view.prompt.responses.length}`],
      action: "Put the focused response at that place",
    },
    { keys: ["T"], action: "Tie the focused response with the one above (again to untie)" },
  ],
  component: RankingWorkspace,
};
