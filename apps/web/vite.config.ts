import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

const api = process.env.RUBRIC_API_URL ?? "http://localhost:3000";

export default defineConfig({
  plugins: [solid()],
  server: {
    port: 5173,
    proxy: { "/api": api, "/trpc": api, "/healthz": api, "/media": api },
  },
  build: { target: "es2022", sourcemap: true },
});
