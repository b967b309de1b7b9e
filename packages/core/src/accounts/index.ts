export * from "./forms.ts";
export * from "./password-policy.ts";
export * from "./roles.ts";
