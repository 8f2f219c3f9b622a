import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { setLocale } from "./lib/i18n/index.svelte";
import { pickLocale } from "./lib/i18n/locales";

setLocale(pickLocale(navigator.languages));

const target = document.getElementById("app");
if (target === null) throw new Error("index.html has no #app element");

export default mount(App, { target });
