import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The server serves dist/ at /; `npm run dev` proxies the API to a server on the default address.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: { "/api": { target: process.env.VCRUNBOOKS_URL ?? "http://127.0.0.1:5080", changeOrigin: false } },
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
