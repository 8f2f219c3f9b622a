import { svelte } from "@sveltejs/vite-plugin-svelte";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Svelte's production runtime puts a documentation link in each error text. Nothing fetches
 * them, but the app must contain no remote address at all (`scripts/check-dist.mjs` checks),
 * so the link becomes the bare error code.
 */
function stripSvelteDocLinks(): Plugin {
  return {
    name: "tadamun:strip-svelte-doc-links",
    apply: "build",
    enforce: "post",
    renderChunk(code) {
      return code.includes("https://svelte.dev/e/")
        ? { code: code.replaceAll("https://svelte.dev/e/", "svelte error "), map: null }
        : null;
    },
  };
}

// The Tauri shell serves `dist/` from its own protocol root, so the default base "/" is right.
// The app's CSP allows only same-origin scripts and styles: Vite emits external files only.
export default defineConfig({
  plugins: [svelte(), stripSvelteDocLinks()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
    // Keep every asset a file: a data: URL for a script or style would break the CSP.
    assetsInlineLimit: 0,
    // One chunk and a modern WebKit: the polyfill would only add a fetch() call.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
  },
});
