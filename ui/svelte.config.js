/** Svelte compiler options shared by Vite, Vitest and svelte-check. */
export default {
  compilerOptions: {
    // Runes everywhere: no legacy reactivity in this code base.
    runes: true,
  },
};
