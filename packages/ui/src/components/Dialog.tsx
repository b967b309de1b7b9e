import { Dialog as KDialog } from "@kobalte/core/dialog";
import type { JSX } from "solid-js";

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children?: JSX.Element;
}

export function Dialog(props: DialogProps) {
  return (
    <KDialog open={props.open} onOpenChange={props.onOpenChange}>
      <KDialog.Portal>
        <KDialog.Overlay class="ui-dialog__overlay" />
        <div class="ui-dialog__positioner">
          <KDialog.Content class="ui-dialog">
            <header class="ui-dialog__header">
              <KDialog.Title class="ui-dialog__title">{props.title}</KDialog.Title>
              <KDialog.CloseButton class="ui-dialog__close" aria-label="Close">
                ×
              </KDialog.CloseButton>
            </header>
            {props.description && (
              <KDialog.Description class="ui-dialog__description">
                {props.description}
              </KDialog.Description>
            )}
            {props.children}
          </KDialog.Content>
        </div>
      </KDialog.Portal>
    </KDialog>
  );
}
