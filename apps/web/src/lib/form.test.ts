import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createForm } from "./form.ts";

const schema = z.object({
  name: z.string().min(1, "Name is required."),
  age: z.number().min(18, "Adults only."),
});

describe("createForm", () => {
  it("shows no errors until the first submit, then per field", () =>
    createRoot((dispose) => {
      const form = createForm(schema, { name: "", age: 10 });
      expect(form.errors()).toEqual({});
      expect(form.validate()).toBeNull();
      expect(form.error("name")).toEqual(["Name is required."]);
      expect(form.error("age")).toEqual(["Adults only."]);
      dispose();
    }));

  it("clears an error as soon as the field is fixed after a submit", () =>
    createRoot((dispose) => {
      const form = createForm(schema, { name: "", age: 30 });
      form.validate();
      form.set("name", "Ada");
      expect(form.error("name")).toBeUndefined();
      expect(form.validate()).toEqual({ name: "Ada", age: 30 });
      dispose();
    }));

  it("shows errors the server sent for fields", () =>
    createRoot((dispose) => {
      const form = createForm(schema, { name: "Ada", age: 30 });
      form.showServerErrors({ name: ["That name is taken."] });
      expect(form.error("name")).toEqual(["That name is taken."]);
      dispose();
    }));
});
