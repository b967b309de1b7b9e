import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  locateQuotes,
  schemaProblems,
  TASK_TYPES,
  type TaskItem,
  type TaskType,
  taskItemSchema,
} from "@rubric/core";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

/** Task items: `tasks/<task_type>/<id>.yaml`, one item per file. */

export const TASKS_DIR = fileURLToPath(new URL("../tasks/", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../", import.meta.url));

export interface TaskItemFileResult {
  /** Path relative to the content package, e.g. `tasks/pairwise/pw-001.yaml`. */
  file: string;
  item?: TaskItem;
  /** Empty when the file is valid; otherwise `<path>: <message>` lines. */
  problems: string[];
}

/** Raised by `loadTaskItems` with every failing file, so one run shows everything to fix. */
export class TaskContentError extends Error {
  constructor(readonly failures: readonly { file: string; problems: readonly string[] }[]) {
    super(
      `${failures.length} invalid task item file(s):\n${failures
        .map((failure) => `${failure.file}\n${failure.problems.map((p) => `  - ${p}`).join("\n")}`)
        .join("\n")}`,
    );
    this.name = "TaskContentError";
  }
}

function displayPath(file: string): string {
  return relative(PACKAGE_DIR, file).split("\\").join("/");
}

/**
 * Every item file under the tasks folder, sorted. Files in a folder that is not a task type,
 * or without the `.yaml` extension, are included so validation reports them; hidden files
 * (editor swap files) are not content.
 */
export function taskItemFiles(dir: string = TASKS_DIR): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const path = join(dir, folder);
    if (folder.startsWith(".") || !statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path).sort()) {
      if (!name.startsWith(".")) files.push(join(path, name));
    }
  }
  return files;
}

export type ParsedTaskItem =
  | { item: TaskItem; problems: [] }
  | { item?: undefined; problems: string[] };

/**
 * Parses and validates one item's YAML text, as stored in a file or pasted by an editor;
 * never throws. Problems are `<path>: <message>` lines naming the place inside the item.
 */
export function parseTaskItemYaml(source: string): ParsedTaskItem {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    return { problems: [`YAML: ${(error as Error).message.split("\n")[0]}`] };
  }
  const parsed = taskItemSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      problems: schemaProblems(parsed.error.issues).map(
        (p) => `${p.path || "(item)"}: ${p.message}`,
      ),
    };
  }
  const item = parsed.data;
  if (item.taskType === "domain_review") {
    try {
      locateQuotes(item.prompt.response, item.gold.errors);
    } catch (error) {
      return { problems: [`gold.errors: ${(error as Error).message}`] };
    }
  }
  return { item, problems: [] };
}

/** An item as YAML in the library's house style: long text as literal block scalars. */
export function taskItemYaml(item: TaskItem): string {
  return stringifyYaml(item, { blockQuote: "literal", lineWidth: 0 });
}

/** Reads and validates one item file; never throws, problems are returned. */
export function readTaskItemFile(file: string): TaskItemFileResult {
  const shown = displayPath(file);
  const folder = basename(join(file, ".."));
  const name = basename(file);
  const problems: string[] = [];
  if (!(TASK_TYPES as readonly string[]).includes(folder)) {
    problems.push(`folder "${folder}" is not a task type (${TASK_TYPES.join(", ")})`);
  }
  if (!name.endsWith(".yaml")) problems.push("item files end in .yaml");
  if (problems.length > 0) return { file: shown, problems };

  const parsed = parseTaskItemYaml(readFileSync(file, "utf8"));
  if (!parsed.item) return { file: shown, problems: parsed.problems };
  const item = parsed.item;
  const expectedId = name.slice(0, -".yaml".length);
  if (item.id !== expectedId)
    problems.push(`id: "${item.id}" must equal the file name "${expectedId}"`);
  if (item.taskType !== (folder as TaskType)) {
    problems.push(`taskType: ${item.taskType} item is in the ${folder} folder`);
  }
  return problems.length > 0 ? { file: shown, problems } : { file: shown, item, problems };
}

/** Every item file with its validation result. */
export function validateTaskItemFiles(dir: string = TASKS_DIR): TaskItemFileResult[] {
  return taskItemFiles(dir).map(readTaskItemFile);
}

/**
 * All task items, validated. Throws a TaskContentError naming every failing file and the
 * path of each problem inside it, and listing any id used by more than one file.
 */
export function loadTaskItems(dir: string = TASKS_DIR): TaskItem[] {
  const results = validateTaskItemFiles(dir);
  const failures = results
    .filter((result) => result.problems.length > 0)
    .map(({ file, problems }) => ({ file, problems }));
  const byId = new Map<string, string[]>();
  for (const result of results) {
    if (result.item) byId.set(result.item.id, [...(byId.get(result.item.id) ?? []), result.file]);
  }
  for (const [id, files] of byId) {
    if (files.length > 1)
      failures.push({
        file: files.join(", "),
        problems: [`id ${id} is used by ${files.length} files`],
      });
  }
  if (failures.length > 0) throw new TaskContentError(failures);
  return results.flatMap((result) => (result.item ? [result.item] : []));
}
