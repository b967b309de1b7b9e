import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../playwright.config.ts";
import { freshEmail, PASSWORD, snap } from "./support.ts";

test("a worker signs up, finishes onboarding, signs out and signs in again", async ({ page }) => {
  const email = freshEmail("worker");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI-training work");
  await snap(page, "01-landing");

  await page.getByRole("link", { name: "Start as a worker" }).click();
  await page.getByLabel("Full name").fill("Priya Raman");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await snap(page, "02-sign-up-errors");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { name: "Tell us about your experience" })).toBeVisible();
  await page.getByLabel("Headline").fill("Biochemist and science writer");
  await page.getByText("Science", { exact: true }).click();
  await expect(page.getByRole("checkbox", { name: "Science" })).toBeChecked();
  await page.getByLabel("Years of professional experience").fill("");
  await page.getByRole("button", { name: "Finish onboarding" }).click();
  await expect(page.getByText("Years of experience must be a number.")).toBeVisible();
  await page.getByLabel("Years of professional experience").fill("7");
  await page.getByText("Let recruiters find me").click();
  await snap(page, "03-onboarding");
  await page.getByRole("button", { name: "Finish onboarding" }).click();

  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { name: "Welcome back, Priya Raman" })).toBeVisible();
  await expect(page.getByText("Biochemist and science writer")).toBeVisible();
  await expect(page.getByText("Visible to recruiters")).toBeVisible();
  await snap(page, "04-worker-home");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/app/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fapp%2Fsettings$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/app\/settings$/);
  await expect(page.getByLabel("Headline")).toHaveValue("Biochemist and science writer");
  await snap(page, "05-settings");
});

test("a recruiter signs up with an organization and completes onboarding", async ({ page }) => {
  await page.goto("/sign-up?role=recruiter");
  await page.getByLabel("Full name").fill("Tomás Ferreira");
  await page.getByLabel("Email").fill(freshEmail("recruiter"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Organization name is required.")).toBeVisible();
  await page.getByLabel("Organization name").fill("Lumen Legal AI");
  await snap(page, "06-recruiter-sign-up");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel("Organization name")).toHaveValue("Lumen Legal AI");
  await page.getByRole("button", { name: "Finish onboarding" }).click();
  await expect(page.getByText("Choose a size.")).toBeVisible();
  await page.getByRole("button", { name: "Team size" }).click();
  await page.getByRole("option", { name: "11-50 people" }).click();
  await page
    .getByLabel("What you staff projects for")
    .fill("Contract-review and case-law evaluation projects.");
  await page.getByRole("button", { name: "Finish onboarding" }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { name: "Lumen Legal AI" })).toBeVisible();
  await snap(page, "07-recruiter-home");
});

test("the demo admin can sign in and list users", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin@demo.rubric.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Platform overview" })).toBeVisible();
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await expect(page.getByRole("cell", { name: "worker@demo.rubric.example" })).toBeVisible();
  await snap(page, "08-admin-users");
});
