// Drives the lede web page in headless Chromium: paste articles, summarize
// with the keyboard, and check that the highlighted sentences are exactly the
// ones the API returns (by byte offsets into the UTF-8 text); a web page
// pasted in HTML format goes to the API as "html". Saves screenshots. Usage: node page_test.mjs BASE_URL SCREENSHOT_PREFIX
import { launchOrSkip } from "./launch.mjs";
import assert from "node:assert/strict";

const [base, shots] = process.argv.slice(2);

// Articles written for this test; the accents, the euro sign and the emoji
// (two UTF-16 units, four UTF-8 bytes) make bytes, characters and JavaScript
// string indices all differ.
const ARTICLE = [
  "The regional government of Galicia announced on Friday a plan to restore 40 kilometres of river banks damaged by last winter's storms.",
  "Work will begin in March and is expected to take two years, officials said.",
  "",
  "Farmers near Ourense, whose fields flooded three times in 2025, said the money was welcome but late. 🌧️ \"We lost a whole harvest,\" said José Martínez, who grows vegetables near the Miño.",
  "The plan will cost €58 million, of which the European Union pays about half.",
  "",
  "Environmental groups asked that native trees be planted instead of concrete walls wherever possible.",
  "The government said each stretch of river would be studied before any work starts.",
].join("\n");
// Its best sentences lean back ("But ...", "He said ..."), so "Standalone
// sentences" changes what is chosen.
const BRIDGE = [
  "The city council met on Monday to discuss plans for the town.", "",
  "The weather in the town was mild and dry all week long.", "",
  "But the council voted to build the new harbour bridge over the river despite the cost of the harbour bridge.", "",
  "He said the new harbour bridge over the river would open in 2027 and cost the council less than the old bridge.", "",
  "Residents of the town welcomed the news at a meeting.", "",
  "The mayor praised the council for the new harbour bridge plan on the river.",
].join("\n");
const SECOND = "A new ferry line between Vigo and the Cíes islands will run daily from June. " +
  "Tickets will be sold online only, to limit visitor numbers. " +
  "The islands received more than 400,000 visitors last summer, a record.";

async function api(body) {
  const res = await fetch(new URL("/v1/summarize", base), {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  assert.equal(res.status, 200, `API answered ${res.status}`);
  return res.json();
}

// What the page highlighted, per document, in page order.
async function marks(page) {
  return page.$$eval("#docs mark", (ms) => ms.map((m) => ({
    text: m.textContent, document: Number(m.dataset.document), index: Number(m.dataset.index),
    start: Number(m.dataset.start), end: Number(m.dataset.end), title: m.title, tabIndex: m.tabIndex })));
}

function expectSame(highlighted, answer, texts) {
  const want = [...answer.sentences].sort((a, b) => a.document - b.document || a.start - b.start);
  assert.equal(highlighted.length, want.length, "as many highlights as summary sentences");
  want.forEach((s, k) => {
    const h = highlighted[k];
    const bytes = Buffer.from(texts[s.document], "utf8");
    assert.equal(h.document, s.document);
    assert.equal(h.index, s.index);
    assert.equal(h.start, s.start);
    assert.equal(h.end, s.end);
    assert.equal(h.text, bytes.subarray(s.start, s.end).toString("utf8"), `highlight ${k} is the sentence's bytes`);
    assert.match(h.title, /^score -?\d/, "the score shows on hover");
    assert.equal(h.tabIndex, 0, "highlights can be reached with the keyboard");
  });
}

const browser = await launchOrSkip();

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll("#method option").length > 1);

  // One article, three sentences, submitted from the keyboard.
  await page.fill("#article-1", ARTICLE);
  await page.selectOption("#budget-kind", "sentences");
  await page.fill("#budget-value", "3");
  await page.focus("#order");
  await page.keyboard.press("Tab");  // to the Summarize button
  assert.equal(await page.evaluate(() => document.activeElement.id), "go");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#result:not([hidden]) #docs mark");
  const one = await api({ text: ARTICLE, sentences: 3, order: "doc" });
  expectSame(await marks(page), one, [ARTICLE]);
  assert.equal((await page.$$("#sentences li")).length, 3);
  // Tabbing onto a highlight shows its score in words, not only on hover.
  await page.focus("#docs mark");
  assert.match(await page.textContent("#focus-info"), /score -?\d/);
  await page.screenshot({ path: `${shots}-wide.png`, fullPage: true });
  assert.match(await page.textContent("#timing"), /ms on the server/);

  // The selector is sent as the request's "selector": lexrank's scores with
  // the submodular selection keep other sentences than lexrank's own here.
  await page.selectOption("#method", "lexrank");
  await page.selectOption("#selector", "submodular");
  await page.click("#go");
  const submodular = await api({ text: ARTICLE, method: "lexrank", selector: "submodular", sentences: 3, order: "doc" });
  const own = await api({ text: ARTICLE, method: "lexrank", sentences: 3, order: "doc" });
  assert.notDeepEqual(submodular.sentences.map((s) => s.index), own.sentences.map((s) => s.index));
  await page.waitForFunction((want) => [...document.querySelectorAll("#docs mark")].map((m) => m.dataset.index).join() === want,
    submodular.sentences.map((s) => s.index).join());
  expectSame(await marks(page), submodular, [ARTICLE]);
  await page.selectOption("#method", "");
  await page.selectOption("#selector", "");

  // "Standalone sentences" is sent as the request's "standalone".
  await page.fill("#article-1", BRIDGE);
  await page.selectOption("#method", "lexrank");
  await page.fill("#budget-value", "2");
  await page.check("#standalone");
  await page.click("#go");
  const standalone = await api({ text: BRIDGE, method: "lexrank", sentences: 2, standalone: true, order: "doc" });
  const leaning = await api({ text: BRIDGE, method: "lexrank", sentences: 2, order: "doc" });
  assert.notDeepEqual(standalone.sentences.map((s) => s.index), leaning.sentences.map((s) => s.index));
  await page.waitForFunction((want) => [...document.querySelectorAll("#docs mark")].map((m) => m.dataset.index).join() === want,
    standalone.sentences.map((s) => s.index).join());
  expectSame(await marks(page), standalone, [BRIDGE]);
  await page.uncheck("#standalone");
  await page.selectOption("#method", "");
  await page.fill("#budget-value", "3");
  await page.fill("#article-1", ARTICLE);

  // Two articles as one cluster.
  await page.click("#add");
  await page.fill("#article-2", SECOND);
  await page.selectOption("#budget-kind", "words");
  await page.fill("#budget-value", "45");
  await page.click("#go");
  await page.waitForFunction(() => document.querySelectorAll("#docs article").length === 2);
  const two = await api({ documents: [ARTICLE, SECOND], words: 45, order: "doc" });
  expectSame(await marks(page), two, [ARTICLE, SECOND]);

  // An error from the service is shown in words.
  await page.selectOption("#budget-kind", "ratio");
  await page.fill("#budget-value", "3");
  await page.click("#go");
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /ratio/);

  // A narrow screen: the article and the summary stack in one column.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.selectOption("#budget-kind", "sentences");
  await page.fill("#budget-value", "2");
  await page.click("#go");
  // The error hides as the request leaves and the result shows when its
  // answer comes: wait for the answer, not only for the error to go.
  await page.waitForSelector("#result", { state: "visible" });
  const [docsBox, summaryBox] = await Promise.all([page.locator("#docs").boundingBox(), page.locator("#summary").boundingBox()]);
  assert.ok(summaryBox.y >= docsBox.y + docsBox.height - 1, "summary below the articles on a narrow screen");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on a narrow screen (${overflow}px)`);
  await page.screenshot({ path: `${shots}-narrow.png`, fullPage: true });

  // Loading an HTML file fills the next empty article box with its text only.
  await page.click("#add");
  const html = "<html><head><title>Harbour news</title><script>var tracking = 1;</script></head><body>" +
    "<nav><a href='/'>Home</a></nav><article><h1>Harbour reopens</h1>" +
    "<p>The harbour of Vigo reopened on Monday after the storm.</p>" +
    "<p>The mayor said repairs cost less than feared.</p></article></body></html>";
  await page.setInputFiles("#file", { name: "harbour.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector("#article-3").value !== "");
  const loaded = await page.inputValue("#article-3");
  assert.match(loaded, /The mayor said repairs cost less than feared\./);
  assert.doesNotMatch(loaded, /tracking|Home/);

  // HTML pasted in Text format is sent as text, markup and all; the service's
  // warning says so, and the page shows it.
  const PAGE = "<!DOCTYPE html><html><head><title>Ferry to the Cíes</title><style>p { color: red }</style></head><body>" +
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><main><article><h1>Ferry to the Cíes</h1>" +
    `<p>${SECOND.split(". ").join(".</p><p>")}</p>` +
    "<p>Local hotels expect a busy season, with most rooms already booked for August.</p></article></main>" +
    "<footer>© Vigo Daily</footer><script>var tracking = 1;</script></body></html>";
  await page.fill("#article-2", "");
  await page.fill("#article-3", "");
  await page.fill("#article-1", PAGE);
  let sent = page.waitForRequest((r) => r.url().endsWith("/v1/summarize"));
  await page.click("#go");
  assert.equal((await sent).postDataJSON().text, PAGE, "Text format sends the box as text");
  await page.waitForSelector("#warnings:not([hidden])");
  assert.match(await page.textContent("#warnings"), /looks like a web page/);

  // The format control: labelled radio buttons, reachable by their labels.
  await page.getByLabel("HTML (one web page)").check();
  assert.equal(await page.isChecked("#format-html"), true);
  assert.equal(await page.isChecked("#format-text"), false);
  assert.match(await page.getAttribute("#article-1", "placeholder"), /HTML/);
  // Several filled boxes cannot be one web page: said before anything is sent.
  await page.fill("#article-2", SECOND);
  await page.click("#go");
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /one web page at a time/);
  await page.fill("#article-2", "");

  // In HTML format the box is sent as "html", and the highlights are the
  // API's sentences in the article the service extracted.
  sent = page.waitForRequest((r) => r.url().endsWith("/v1/summarize"));
  await page.click("#go");
  const htmlBody = (await sent).postDataJSON();
  assert.equal(htmlBody.html, PAGE, "HTML format sends the box as html");
  assert.equal(htmlBody.text, undefined);
  assert.equal(htmlBody.documents, undefined);
  await page.waitForSelector("#error", { state: "hidden" });
  await page.waitForFunction(() => /extracted/.test(document.querySelector("#docs").textContent));
  const fromHtml = await api({ html: PAGE, sentences: 2, order: "doc" });
  assert.ok(fromHtml.extracted && fromHtml.extracted.text, "the API extracted an article");
  expectSame(await marks(page), fromHtml, [fromHtml.extracted.text]);
  const shown = await page.textContent("#docs");
  assert.doesNotMatch(shown, /<p>|tracking|Vigo Daily|Sport/, "the extracted article is shown, not the markup");
  assert.match(shown, /Local hotels expect a busy season/);
  assert.equal(await page.isHidden("#warnings"), true, "no web-page warning in HTML format");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}-html.png`, fullPage: true });
  await page.getByLabel("Text", { exact: true }).check();
  assert.equal(await page.isChecked("#format-text"), true);

  assert.deepEqual(pageErrors, [], "no script errors on the page");
  console.log(`browser test passed; screenshots ${shots}-wide.png, ${shots}-narrow.png and ${shots}-html.png`);
} finally {
  await browser.close();
}
