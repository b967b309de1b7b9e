import "@rubric/ui/styles.css";
import "./app.css";
import "./styles/drills.css";
import "./styles/practice.css";
import "./styles/ladder.css";
import { render } from "solid-js/web";
import { App } from "./App.tsx";

const root = document.getElementById("root");
if (root) render(() => <App />, root);
