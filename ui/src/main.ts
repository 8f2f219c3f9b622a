import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { setLocale } from "./lib/i18n/index.svelte";
import { pickLocale } from "./lib/i18n/locales";

setLocale(pickLocale(navigator.languages));

// A file dropped on the window must never be opened by the webview (it would leave the app).
for (const type of ["dragover", "drop"] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}

const target = document.getElementById("app");
if (target === null) throw new Error("index.html has no #app element");

export default mount(App, { target });
