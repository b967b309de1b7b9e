import { CATEGORY_LABELS, type Category } from "@rubric/core";
import { Alert, Badge, Button, Card, showToast, TextField } from "@rubric/ui";
import { A, useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createEffect, createMemo, createSignal, For, Show } from "solid-js";
import { createSave } from "../../lib/content-admin.ts";
import { renderMarkdown } from "../../lib/practice/markdown.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";

/** A guideline's Markdown, saved as a new version; earlier versions stay readable. */
export function AdminGuidelineEdit() {
  const params = useParams<{ category: string }>();
  const queryClient = useQueryClient();
  const [title, setTitle] = createSignal("");
  const [markdown, setMarkdown] = createSignal("");
  const [preview, setPreview] = createSignal(false);
  const { saving, problems, run } = createSave();
  const guideline = useQuery(() => ({
    queryKey: ["guidelines", "get", params.category, null],
    queryFn: () => trpc.guidelines.get.query({ category: params.category as Category }),
  }));
  createEffect(() => {
    const data = guideline.data;
    if (!data) return;
    setTitle(data.title);
    setMarkdown(data.markdown);
  });
  // Preview only: what readers see is rendered and sanitised by the server after saving.
  const previewHtml = createMemo(() => (preview() ? renderMarkdown(markdown()) : ""));

  const save = () =>
    run(async () => {
      const saved = await trpc.contentAdmin.saveGuideline.mutate({
        category: params.category as Category,
        title: title(),
        markdown: markdown(),
      });
      showToast(`Saved as version ${saved.version}.`, "success");
      await queryClient.invalidateQueries({ queryKey: ["guidelines"] });
    });

  return (
    <div class="page">
      <header class="page__header page__header--row">
        <div>
          <A href="/app/admin/items" class="small">
            ← Content
          </A>
          <h1>{CATEGORY_LABELS[params.category as Category] ?? params.category} guideline</h1>
          <Show when={guideline.data}>
            {(data) => (
              <p class="muted">
                Current: <Badge>v{data().version}</Badge> ·{" "}
                <A href={`/app/guidelines/${params.category}`}>read it as workers do</A>
              </p>
            )}
          </Show>
        </div>
      </header>
      <Show when={guideline.isError}>
        <Alert tone="danger">{messageOf(guideline.error)}</Alert>
      </Show>
      <Card>
        <div class="form">
          <TextField label="Title" name="title" value={title()} onInput={setTitle} />
          <fieldset class="tabs">
            <legend class="ui-visually-hidden">Editor view</legend>
            <button
              type="button"
              class="tab"
              aria-pressed={!preview()}
              onClick={() => setPreview(false)}
            >
              Markdown
            </button>
            <button
              type="button"
              class="tab"
              aria-pressed={preview()}
              onClick={() => setPreview(true)}
            >
              Preview
            </button>
          </fieldset>
          <Show
            when={preview()}
            fallback={
              <>
                <label class="ui-visually-hidden" for="guideline-markdown">
                  Guideline Markdown
                </label>
                <textarea
                  id="guideline-markdown"
                  class="ui-input ui-input--multiline code-editor"
                  rows={32}
                  value={markdown()}
                  onInput={(event) => setMarkdown(event.currentTarget.value)}
                />
                <p class="muted small">
                  Each "## " heading is a section; its slug is what items and feedback link to, so
                  keep the headings items cite.
                </p>
              </>
            }
          >
            <div class="prose prose--guideline guideline-preview" innerHTML={previewHtml()} />
          </Show>
          <Show when={problems().length > 0}>
            <Alert tone="danger" title="The guideline was not saved">
              <ul class="plain-list small">
                <For each={problems()}>{(problem) => <li>{problem}</li>}</For>
              </ul>
            </Alert>
          </Show>
          <div class="form__actions">
            <Button onClick={() => void save()} loading={saving()} disabled={!guideline.data}>
              Save as a new version
            </Button>
          </div>
        </div>
      </Card>
    </div>
  );
}
