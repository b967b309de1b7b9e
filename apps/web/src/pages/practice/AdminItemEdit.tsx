import { TASK_TYPE_LABELS, TASK_TYPES, type TaskType } from "@rubric/core";
import { Alert, Badge, Button, Card, Select, showToast } from "@rubric/ui";
import { A, useNavigate, useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, For, Show } from "solid-js";
import { createSave, nextItemId, withItemId } from "../../lib/content-admin.ts";
import { formatDate } from "../../lib/practice/format.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/**
 * One task item as YAML, the format the library's files use. The server validates it with the
 * same schema; its problems are listed with their paths. "new" starts from an existing item
 * of the chosen type with the next free id.
 */
export function AdminItemEdit() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isNew = () => params.id === "new";
  const [yaml, setYaml] = createSignal("");
  const { saving, problems, run } = createSave();
  const [newType, setNewType] = createSignal<TaskType | null>(null);

  const item = useQuery(() => ({
    queryKey: ["contentAdmin", "item", params.id],
    queryFn: () => trpc.contentAdmin.item.query({ id: params.id }),
    enabled: !isNew(),
  }));
  createEffect(() => {
    if (item.data) setYaml(item.data.yaml);
  });

  const startFrom = async (taskType: TaskType) => {
    setNewType(taskType);
    const list = await trpc.contentAdmin.items.query({ taskType, limit: 100 });
    const template = list.items[0];
    const id = nextItemId(
      taskType,
      list.items.map((i) => i.id),
    );
    if (!template) {
      setYaml(`id: ${id}\ntaskType: ${taskType}\n`);
      return;
    }
    const source = await trpc.contentAdmin.item.query({ id: template.id });
    setYaml(withItemId(source.yaml, id));
  };

  const save = () =>
    run(async () => {
      const saved = await trpc.contentAdmin.saveItem.mutate({ yaml: yaml() });
      showToast(`Saved ${saved.id}, version ${saved.version}.`, "success");
      await queryClient.invalidateQueries({ queryKey: ["contentAdmin"] });
      if (saved.id !== params.id) navigate(`/app/admin/items/${saved.id}`);
    });

  return (
    <div class="page">
      <header class="page__header page__header--row">
        <div>
          <A href="/app/admin/items" class="small">
            ← Content
          </A>
          <h1>{isNew() ? "New task item" : params.id}</h1>
          <Show when={item.data}>
            {(data) => (
              <p class="muted">
                {data().item.title} · <Badge>v{data().version}</Badge> · updated{" "}
                {formatDate(data().updatedAt)}
              </p>
            )}
          </Show>
        </div>
        <Show when={!isNew()}>
          <A href="/app/admin/items/new" class="ui-button ui-button--secondary ui-button--md">
            New item
          </A>
        </Show>
      </header>
      <Show when={item.isError}>
        <Alert tone="danger">{messageOf(item.error)}</Alert>
      </Show>
      <Show when={isNew()}>
        <Card>
          <Select
            label="Task type"
            name="taskType"
            placeholder="Choose a type to start from"
            options={TASK_TYPES.map((t) => ({ value: t, label: TASK_TYPE_LABELS[t] }))}
            value={newType()}
            onChange={(value) => {
              if (value) void run(() => startFrom(value as TaskType));
            }}
            description="The editor starts from an existing item of this type, with the next free id."
          />
        </Card>
      </Show>
      <Card
        title="Item YAML"
        description="Prompt, gold and rationale, exactly as in the content library. Saving creates a new version."
      >
        <div class="form">
          <label class="ui-visually-hidden" for="item-yaml">
            Item YAML
          </label>
          <textarea
            id="item-yaml"
            class="ui-input ui-input--multiline code-editor"
            rows={32}
            spellcheck={false}
            value={yaml()}
            onInput={(event) => setYaml(event.currentTarget.value)}
            aria-invalid={problems().length > 0 ? "true" : undefined}
            aria-describedby={problems().length > 0 ? "item-problems" : undefined}
          />
          <Show when={problems().length > 0}>
            <div id="item-problems">
              <Alert tone="danger" title="The item was not saved">
                <ul class="plain-list mono small">
                  <For each={problems()}>{(problem) => <li>{problem}</li>}</For>
                </ul>
              </Alert>
            </div>
          </Show>
          <div class="form__actions">
            <Button onClick={() => void save()} loading={saving()} disabled={yaml().trim() === ""}>
              Save item
            </Button>
          </div>
        </div>
      </Card>
    </div>
  );
}
