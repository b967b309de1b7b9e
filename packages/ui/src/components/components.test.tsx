import { fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { Button } from "./Button.tsx";
import { CheckboxGroup } from "./CheckboxGroup.tsx";
import { ProgressBar } from "./ProgressBar.tsx";
import { TextField } from "./TextField.tsx";

describe("TextField", () => {
  it("ties its error message to the input and marks it invalid", () => {
    render(() => (
      <TextField
        label="Email"
        name="email"
        value="x"
        onInput={() => {}}
        errors={["Enter a valid email address."]}
      />
    ));
    const input = screen.getByLabelText("Email");
    expect(input).toHaveAttribute("aria-invalid", "true");
    const error = screen.getByText("Enter a valid email address.");
    expect(input.getAttribute("aria-describedby")).toContain(error.id);
  });

  it("reports typed text through onInput", async () => {
    const onInput = vi.fn();
    render(() => <TextField label="Name" name="name" value="" onInput={onInput} />);
    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Ada" } });
    expect(onInput).toHaveBeenCalledWith("Ada");
  });

  it("shows the description only while the field is valid", () => {
    render(() => (
      <TextField
        label="Name"
        name="name"
        value=""
        onInput={() => {}}
        description="As recruiters see it"
      />
    ));
    expect(screen.getByText("As recruiters see it")).toBeInTheDocument();
  });
});

describe("Button", () => {
  it("blocks clicks and announces busy while loading", () => {
    const onClick = vi.fn();
    render(() => (
      <Button loading onClick={onClick}>
        Save
      </Button>
    ));
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("aria-busy", "true");
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe("CheckboxGroup", () => {
  it("adds and removes values in option order", () => {
    const [value, setValue] = createSignal<string[]>(["law"]);
    render(() => (
      <CheckboxGroup
        legend="Domains"
        name="domains"
        options={[
          { value: "medicine", label: "Medicine" },
          { value: "law", label: "Law" },
        ]}
        value={value()}
        onChange={setValue}
      />
    ));
    fireEvent.click(screen.getByLabelText("Medicine"));
    expect(value()).toEqual(["medicine", "law"]);
    fireEvent.click(screen.getByLabelText("Law"));
    expect(value()).toEqual(["medicine"]);
  });
});

describe("ProgressBar", () => {
  it("exposes its value to assistive technology", () => {
    render(() => <ProgressBar label="Assessment" value={3} max={6} valueLabel="3 of 6 sections" />);
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "3");
    expect(bar).toHaveAttribute("aria-valuetext", "3 of 6 sections");
  });
});
