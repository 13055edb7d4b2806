// The ribbon check's dialog: the counts from the query string, written as text (never as HTML).

import { countsFromQuery, dialogLines } from "./counts";

function show(): void {
  const c = countsFromQuery(window.location.search);
  const { title, lines, hint } = dialogLines(c);
  document.documentElement.lang = c.lang === "en" ? "en" : "ja";
  const root = document.getElementById("root")!;
  const h = document.createElement("h1");
  h.style.fontSize = "1.1rem";
  h.textContent = title;
  const ul = document.createElement("ul");
  for (const line of lines) {
    const li = document.createElement("li");
    li.textContent = line;
    ul.appendChild(li);
  }
  const p = document.createElement("p");
  p.textContent = hint;
  root.replaceChildren(h, ul, p);
}

Office.onReady(show);
