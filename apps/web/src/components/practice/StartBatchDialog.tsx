import {
  CODE_LANGUAGES,
  DOMAIN_LABELS,
  DOMAINS,
  type Domain,
  TASK_TYPE_LABELS,
  type TaskType,
} from "@rubric/core";
import { Alert, Button, Dialog } from "@rubric/ui";
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { formatMinutes } from "../../lib/practice/format.ts";
import type { StartBatchInput } from "../../lib/practice/types.ts";
import { messageOf, trpc } from "../../lib/trpc.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";

const SIZES = [1, 3, 5, 10, 20] as const;
const ANY = "any";

export interface StartBatchTarget {
  taskType: TaskType;
  itemCount: number;
  expectedMinutes: number;
}

/** Choose a batch's size (and for domain and code reviews, a domain or language) and start it. */
export function StartBatchDialog(props: { target: StartBatchTarget | null; onClose: () => void }) {
  const navigate = useNavigate();
  const [size, setSize] = createSignal(5);
  const [domain, setDomain] = createSignal<string>(ANY);
  const [language, setLanguage] = createSignal<string>(ANY);
  const [error, setError] = createSignal<string | null>(null);
  const [starting, setStarting] = createSignal(false);
  // A list rather than a dropdown: a dropdown's options open outside the dialog, where
  // assistive technology cannot reach them while the dialog is modal.
  const sizes = () =>
    SIZES.filter((n) => n <= Math.max(1, props.target?.itemCount ?? 0)).map((n) => ({
      value: n,
      label: n === 1 ? "1 item" : `${n} items`,
    }));
  const start = async () => {
    const target = props.target;
    if (!target) return;
    setStarting(true);
    setError(null);
    const input: StartBatchInput = {
      taskType: target.taskType,
      size: Math.min(size(), target.itemCount),
    };
    if (target.taskType === "domain_review" && domain() !== ANY) input.domain = domain() as Domain;
    if (target.taskType === "code_review" && language() !== ANY) {
      input.language = language() as StartBatchInput["language"];
    }
    try {
      const { batchId } = await trpc.practice.startBatch.mutate(input);
      props.onClose();
      navigate(`/app/practice/batch/${batchId}`);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setStarting(false);
    }
  };
  return (
    <Dialog
      open={props.target !== null}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
      title={
        props.target ? `Start a ${TASK_TYPE_LABELS[props.target.taskType].toLowerCase()} batch` : ""
      }
      description="Work through the items in one focused block. Drafts are saved as you go."
    >
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <div class="choice">
          <ChoiceGroup
            label="Batch size"
            layout="compact"
            choices={sizes()}
            value={size()}
            onChange={setSize}
          />
          <p class="muted small">
            About {formatMinutes(size() * (props.target?.expectedMinutes ?? 0))} of focused work.
          </p>
        </div>
        <Show when={props.target?.taskType === "domain_review"}>
          <ChoiceGroup
            label="Domain"
            layout="compact"
            choices={[
              { value: ANY, label: "Any domain" },
              ...DOMAINS.map((d) => ({ value: d, label: DOMAIN_LABELS[d] })),
            ]}
            value={domain()}
            onChange={setDomain}
          />
        </Show>
        <Show when={props.target?.taskType === "code_review"}>
          <ChoiceGroup
            label="Language"
            layout="compact"
            choices={[
              { value: ANY, label: "Any language" },
              ...CODE_LANGUAGES.map((l) => ({ value: l, label: l })),
            ]}
            value={language()}
            onChange={setLanguage}
          />
        </Show>
        <Show when={error()}>
          <Alert tone="danger">{error()}</Alert>
        </Show>
        <div class="form__actions">
          <Button type="button" variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={starting()}>
            Start batch
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
