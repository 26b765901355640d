// The advisor page: a client list (CSV or XLSX) in, a table per client out. The file is
// read and evaluated by this page's own wasm (advisor/); nothing is sent anywhere.
import init, {
  evaluateList,
  exportCsv,
  exportXlsx,
  templateCsv,
  templateXlsx,
} from "./advisor/steunwijzer_batch_web.js";

const TEXTS = {
  nl: {
    skip: "Naar de inhoud",
    brand: "Steunwijzer — naar de calculator",
    langNav: "Taal",
    title: "Een hele klantenlijst in één keer",
    intro: "Kies een CSV- of XLSX-bestand met een klant per rij. Je ziet per klant welke steun die kan krijgen en hoeveel, met een link naar de volledige berekening.",
    privacy: "Alles rekent in je browser: je lijst wordt nergens naartoe gestuurd en nergens bewaard.",
    pickTitle: "1. Kies je klantenlijst",
    fileLabel: "Klantenlijst (CSV of XLSX)",
    dropHelp: "Of sleep het bestand naar dit vak.",
    templateHelp: "Nog geen lijst? Begin met het sjabloon: de kolomnamen en twee voorbeeldklanten.",
    templateCsv: "Sjabloon downloaden (CSV)",
    templateXlsx: "Sjabloon downloaden (XLSX)",
    resultTitle: "2. Je klanten",
    sortHelp: "Klik op een kolomtitel om te sorteren (nog eens klikken keert de volgorde om). Bedragen zijn steun die zeker is; bij ‘nog niet zeker’ is het bedrag wat erbij kan komen.",
    exportCsv: "Tabel downloaden (CSV)",
    exportXlsx: "Tabel downloaden (XLSX)",
    footer: "Bedragen volgen de regels die op de datum van elke rij gelden; de volledige uitleg en bronnen staan in de berekening van elke klant.",
    line: "Rij",
    client: "Klant",
    grants: "Subsidies (zeker)",
    deductions: "Fiscale aftrek (zeker)",
    calculation: "Berekening",
    open: "Open",
    openLabel: (c) => `Open de volledige berekening van ${c} (nieuw venster)`,
    total: "Totaal",
    refused: "Niet berekend",
    column: "kolom",
    loading: "De lijst wordt gelezen…",
    summary: (n, ok, bad) =>
      `${n} ${n === 1 ? "klant" : "klanten"} gelezen: ${ok} berekend, ${bad} met een fout.`,
    caption: (ok, bad) => `Steun per klant: ${ok} berekend, ${bad} met een fout. Sorteerbaar per kolom.`,
    failed: "Deze pagina kon niet starten. Laad ze opnieuw.",
  },
  en: {
    skip: "Skip to content",
    brand: "Steunwijzer — to the calculator",
    langNav: "Language",
    title: "A whole client list at once",
    intro: "Choose a CSV or XLSX file with one client per row. You see for each client which support they can get and how much, with a link to the full calculation.",
    privacy: "Everything runs in your browser: your list is not sent anywhere and not stored.",
    pickTitle: "1. Choose your client list",
    fileLabel: "Client list (CSV or XLSX)",
    dropHelp: "Or drag the file onto this box.",
    templateHelp: "No list yet? Start with the template: the column names and two example clients. The column names stay in Dutch.",
    templateCsv: "Download the template (CSV)",
    templateXlsx: "Download the template (XLSX)",
    resultTitle: "2. Your clients",
    sortHelp: "Click a column title to sort (click again to reverse). Amounts are certain support; for ‘not certain yet’ the amount is what may be added.",
    exportCsv: "Download the table (CSV)",
    exportXlsx: "Download the table (XLSX)",
    footer: "Amounts follow the rules in force on each row's date; the full explanation and sources are in each client's calculation.",
    line: "Row",
    client: "Client",
    grants: "Grants (certain)",
    deductions: "Tax deductions (certain)",
    calculation: "Calculation",
    open: "Open",
    openLabel: (c) => `Open the full calculation for ${c} (new window)`,
    total: "Total",
    refused: "Not calculated",
    column: "column",
    loading: "Reading the list…",
    summary: (n, ok, bad) =>
      `${n} ${n === 1 ? "client" : "clients"} read: ${ok} calculated, ${bad} with an error.`,
    caption: (ok, bad) => `Support per client: ${ok} calculated, ${bad} with an error. Sortable by column.`,
    failed: "This page could not start. Please reload it.",
  },
  fr: {
    skip: "Aller au contenu",
    brand: "Steunwijzer — vers le calculateur",
    langNav: "Langue",
    title: "Toute une liste de clients en une fois",
    intro: "Choisissez un fichier CSV ou XLSX avec un client par ligne. Vous voyez pour chaque client les aides qu'il peut obtenir et leur montant, avec un lien vers le calcul complet.",
    privacy: "Tout se calcule dans votre navigateur : votre liste n'est envoyée nulle part et n'est pas conservée.",
    pickTitle: "1. Choisissez votre liste de clients",
    fileLabel: "Liste de clients (CSV ou XLSX)",
    dropHelp: "Ou faites glisser le fichier dans ce cadre.",
    templateHelp: "Pas encore de liste ? Commencez par le modèle : les noms de colonnes et deux clients d'exemple. Les noms de colonnes restent en néerlandais.",
    templateCsv: "Télécharger le modèle (CSV)",
    templateXlsx: "Télécharger le modèle (XLSX)",
    resultTitle: "2. Vos clients",
    sortHelp: "Cliquez sur un titre de colonne pour trier (cliquez encore pour inverser). Les montants sont les aides certaines ; pour « pas encore certain », le montant est ce qui peut s'ajouter.",
    exportCsv: "Télécharger le tableau (CSV)",
    exportXlsx: "Télécharger le tableau (XLSX)",
    footer: "Les montants suivent les règles en vigueur à la date de chaque ligne ; l'explication complète et les sources figurent dans le calcul de chaque client.",
    line: "Ligne",
    client: "Client",
    grants: "Subventions (certaines)",
    deductions: "Déductions fiscales (certaines)",
    calculation: "Calcul",
    open: "Ouvrir",
    openLabel: (c) => `Ouvrir le calcul complet de ${c} (nouvelle fenêtre)`,
    total: "Total",
    refused: "Non calculé",
    column: "colonne",
    loading: "Lecture de la liste…",
    summary: (n, ok, bad) =>
      `${n} client${n === 1 ? "" : "s"} lu${n === 1 ? "" : "s"} : ${ok} calculé${ok === 1 ? "" : "s"}, ${bad} avec une erreur.`,
    caption: (ok, bad) => `Aides par client : ${ok} calculés, ${bad} avec une erreur. Triable par colonne.`,
    failed: "Cette page n'a pas pu démarrer. Rechargez-la.",
  },
};

const $ = (id) => document.getElementById(id);
const state = { lang: "nl", bytes: null, name: "", table: null, sort: { key: "line", dir: 1 } };
const ready = init().catch(() => {
  showError(TEXTS[state.lang].failed);
});

/** Today in the visitor's time zone, as YYYY-MM-DD (rows without `datum` use it). */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function t() {
  return TEXTS[state.lang];
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "className") node.className = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) node.append(c);
  return node;
}

function showError(message) {
  const box = $("file-error");
  box.textContent = message;
  box.hidden = !message;
}

/** Puts the page's fixed texts in the current language. */
function applyLanguage() {
  const texts = t();
  document.documentElement.lang = state.lang;
  document.title = `Steunwijzer — ${texts.title}`;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = texts[node.dataset.t];
  for (const node of document.querySelectorAll("[data-t-label]")) {
    node.setAttribute("aria-label", texts[node.dataset.tLabel]);
  }
  for (const b of document.querySelectorAll("[data-lang]")) {
    b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
  }
}

async function setLanguage(lang) {
  if (!TEXTS[lang]) return;
  state.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
  applyLanguage();
  if (state.bytes) await evaluate();
}

async function readFile(file) {
  if (!file) return;
  state.name = file.name;
  $("status").textContent = t().loading;
  state.bytes = new Uint8Array(await file.arrayBuffer());
  await evaluate();
}

let evaluations = 0;

async function evaluate() {
  await ready;
  const result = JSON.parse(evaluateList(state.bytes, state.lang, today()));
  // Tests and scripts wait for this counter: the table (or the message) is up to date.
  queueMicrotask(() => (document.documentElement.dataset.evaluated = String(++evaluations)));
  const warnings = $("warnings");
  warnings.replaceChildren();
  if (result.error) {
    state.table = null;
    showError(result.error);
    $("status").textContent = "";
    $("result").hidden = true;
    warnings.hidden = true;
    return;
  }
  showError("");
  state.table = result;
  for (const w of result.warnings) warnings.append(el("li", {}, w));
  warnings.hidden = result.warnings.length === 0;
  const { evaluated, refused } = result.totals;
  $("status").textContent = t().summary(evaluated + refused, evaluated, refused);
  $("result").hidden = false;
  render();
}

/** The value a row sorts by for a column key. */
function sortValue(row, key) {
  if (key === "line") return row.line;
  if (key === "client") return row.client.toLocaleLowerCase(state.lang);
  if (!row.ok) return -1;
  if (key === "grants") return Number(row.grants.amount);
  if (key === "deductions") return Number(row.tax_deductions.amount);
  const cell = row.cells[Number(key)];
  const rank = { eligible: 3, uncertain: 2, not_eligible: 1 }[cell.status] ?? 0;
  return Number(cell.amount) * 10 + rank;
}

function sortedRows() {
  const { key, dir } = state.sort;
  return [...state.table.rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const c = typeof x === "string" ? x.localeCompare(y, state.lang) : x - y;
    return c * dir || a.line - b.line;
  });
}

function headerCell(key, label, numeric) {
  const sorted = state.sort.key === key;
  const th = el("th", {
    scope: "col",
    className: numeric ? "num" : undefined,
    "aria-sort": sorted ? (state.sort.dir > 0 ? "ascending" : "descending") : "none",
    "data-key": key,
  });
  const button = el("button", { type: "button", "data-testid": `sort-${key}` }, label);
  button.addEventListener("click", () => {
    state.sort = { key, dir: sorted ? -state.sort.dir : 1 };
    render();
    document.querySelector(`[data-testid="sort-${key}"]`)?.focus();
  });
  th.append(button);
  return th;
}

function render() {
  const texts = t();
  const table = state.table;
  $("caption").textContent = texts.caption(table.totals.evaluated, table.totals.refused);
  const head = el("tr", {}, headerCell("line", texts.line, true), headerCell("client", texts.client));
  table.measures.forEach((m, i) => head.append(headerCell(String(i), m.name, true)));
  head.append(
    headerCell("grants", texts.grants, true),
    headerCell("deductions", texts.deductions, true),
    el("th", { scope: "col" }, texts.calculation),
  );
  $("table").tHead.replaceChildren(head);

  const width = table.measures.length + 3;
  const body = document.createDocumentFragment();
  for (const row of sortedRows()) {
    const tr = el("tr", { "data-line": row.line, className: row.ok ? "evaluated" : "refused" });
    tr.append(el("td", { className: "num" }, String(row.line)), el("th", { scope: "row" }, row.client));
    if (row.ok) {
      row.cells.forEach((c, i) => {
        tr.append(
          el("td", { className: "num", "data-measure": table.measures[i].id, "data-status": c.status, "data-amount": c.amount },
            el("span", { className: `st st-${c.status}` }, c.label), c.text),
        );
      });
      tr.append(
        el("td", { className: "num", "data-total": "grants", "data-amount": row.grants.amount }, row.grants.text),
        el("td", { className: "num", "data-total": "deductions", "data-amount": row.tax_deductions.amount }, row.tax_deductions.text),
      );
      const link = el("a", {
        href: `index.html#${row.fragment}`,
        target: "_blank",
        rel: "noopener",
        "aria-label": texts.openLabel(row.client),
        "data-testid": "open-row",
      }, texts.open);
      tr.append(el("td", {}, link));
    } else {
      const list = el("ul", { "data-testid": "row-errors" });
      for (const e of row.errors) {
        list.append(el("li", { "data-column": e.column }, el("strong", {}, `${texts.column} ${e.column}`), `: ${e.message}`));
      }
      tr.append(el("td", { colspan: String(width) }, el("span", { className: "st st-not_eligible" }, texts.refused), list));
    }
    body.append(tr);
  }
  $("table").tBodies[0].replaceChildren(body);

  const total = el("tr", { "data-testid": "totals" }, el("td", {}), el("th", { scope: "row" }, texts.total));
  table.totals.measures.forEach((m, i) =>
    total.append(el("td", { className: "num", "data-measure": table.measures[i].id, "data-amount": m.amount }, m.text)),
  );
  total.append(
    el("td", { className: "num", "data-total": "grants", "data-amount": table.totals.grants.amount }, table.totals.grants.text),
    el("td", { className: "num", "data-total": "deductions", "data-amount": table.totals.tax_deductions.amount }, table.totals.tax_deductions.text),
    el("td", {}),
  );
  $("table").tFoot.replaceChildren(total);
}

function download(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const CSV = "text/csv;charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const base = () => (state.name.replace(/\.[^.]+$/, "") || "klanten") + "-steunwijzer";

function wire() {
  for (const b of document.querySelectorAll("[data-lang]")) {
    b.addEventListener("click", () => setLanguage(b.dataset.lang));
  }
  $("file").addEventListener("change", (e) => readFile(e.target.files[0]));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    readFile(e.dataTransfer.files[0]);
  });
  // A file dropped next to the box must not make the browser open it (and leave).
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  $("template-csv").addEventListener("click", async () => {
    await ready;
    download(templateCsv(), "steunwijzer-klantenlijst-sjabloon.csv", CSV);
  });
  $("template-xlsx").addEventListener("click", async () => {
    await ready;
    download(templateXlsx(), "steunwijzer-klantenlijst-sjabloon.xlsx", XLSX);
  });
  $("export-csv").addEventListener("click", async () => {
    await ready;
    download(exportCsv(state.bytes, state.lang, today()), `${base()}.csv`, CSV);
  });
  $("export-xlsx").addEventListener("click", async () => {
    await ready;
    download(exportXlsx(state.bytes, state.lang, today()), `${base()}.xlsx`, XLSX);
  });
}

const asked = new URLSearchParams(location.search).get("lang");
state.lang = TEXTS[asked] ? asked : "nl";
applyLanguage();
wire();
ready.then(() => document.documentElement.setAttribute("data-ready", "true"));
