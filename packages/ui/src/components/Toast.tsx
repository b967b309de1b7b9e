import { Toast, toaster } from "@kobalte/core/toast";
import { Portal } from "solid-js/web";

export type ToastTone = "info" | "success" | "danger";

/** Shows a short, dismissible message in the corner; errors stay until dismissed. */
export function showToast(message: string, tone: ToastTone = "info") {
  return toaster.show((props) => (
    <Toast
      toastId={props.toastId}
      class={`ui-toast ui-toast--${tone}`}
      persistent={tone === "danger"}
    >
      <Toast.Description class="ui-toast__message">{message}</Toast.Description>
      <Toast.CloseButton class="ui-toast__close" aria-label="Dismiss">
        ×
      </Toast.CloseButton>
    </Toast>
  ));
}

/** Mount once near the root of the app. */
export function ToastRegion() {
  return (
    <Portal>
      <Toast.Region aria-label="Notifications">
        <Toast.List class="ui-toast-list" />
      </Toast.Region>
    </Portal>
  );
}
