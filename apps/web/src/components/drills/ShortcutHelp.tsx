import { Dialog } from "@rubric/ui";
import { For } from "solid-js";
import type { Shortcut } from "../../lib/drills/player-keys.ts";

export interface ShortcutHelpProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  shortcuts: readonly Shortcut[];
}

export function ShortcutHelp(props: ShortcutHelpProps) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title}>
      <table class="shortcuts">
        <tbody>
          <For each={props.shortcuts}>
            {(shortcut) => (
              <tr>
                <td class="shortcuts__keys">
                  <For each={shortcut.keys}>{(key) => <kbd>{key}</kbd>}</For>
                </td>
                <td class="shortcuts__action">{shortcut.action}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Dialog>
  );
}
