// Loads the game (bindingwords.wasm) with a bar showing how much has
// arrived, says what is happening, and says plainly what went wrong if it
// cannot start. It works with a server that sends the precompressed copy
// (bindingwords serve-web), one that compresses on the fly, and one that
// compresses nothing: the bar counts the bytes the browser has unpacked
// against the game's size from build.json, which build-web.sh writes.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const stage = $("stage"), bar = $("bar"), amount = $("amount");

  // fail replaces the loading page by a message a teacher or a student
  // can act on; detail is the browser's own words, for whoever fixes it.
  function fail(title, text, detail) {
    const loading = $("loading");
    if (loading) loading.remove();
    $("failure-title").textContent = title;
    $("failure-text").textContent = text;
    $("failure-detail").textContent = detail ? "Details: " + detail : "";
    $("failure").hidden = false;
    $("retry").focus();
    performance.mark("bw-failed");
  }
  $("retry").addEventListener("click", () => location.reload());

  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    fail("This browser cannot run the game",
      "The game needs WebAssembly, which this browser lacks or has switched off. Open this page in a recent " +
      "Chrome, Edge, Firefox or Safari. On a school-managed device, an administrator may have turned it off.");
    $("retry").hidden = true;
    return;
  }
  if (typeof Go !== "function" || typeof fetch !== "function") {
    fail("The game's files are incomplete",
      "A file the page needs (wasm_exec.js) did not load. The teacher can rebuild the game with " +
      "\"bash scripts/build-web.sh\" and serve it again.");
    return;
  }

  const MB = (n) => (n / 1e6).toFixed(1);

  // show draws the bar: got of total bytes unpacked; wire is the size on
  // the network (compressed) when the server says it, for the words.
  function show(got, total, wire) {
    if (total > 0) {
      const f = Math.min(got / total, 1);
      bar.max = 1;
      bar.value = f;
      const size = wire > 0 ? wire : total;
      amount.textContent = MB(f * size) + " of " + MB(size) + " MB (" + Math.floor(f * 100) + "%)";
    } else {
      // No size known: the bar moves without an end, the words count.
      bar.removeAttribute("value");
      amount.textContent = MB(got) + " MB so far";
    }
  }

  async function sizes() {
    try {
      const r = await fetch("build.json", { cache: "no-cache" });
      if (r.ok) return await r.json();
    } catch (e) {
      // A folder without build.json: the response's own length is used.
    }
    return null;
  }

  async function load() {
    performance.mark("bw-start");
    stage.textContent = "Downloading the game…";
    const known = await sizes();
    let resp;
    try {
      resp = await fetch("bindingwords.wasm", { cache: "no-cache" });
    } catch (e) {
      fail("The game could not be downloaded",
        "This device could not reach the server. Check the Wi-Fi, then try again.", String(e));
      return;
    }
    if (!resp.ok) {
      fail(resp.status === 404 ? "The game is not on this server" : "The server could not send the game",
        resp.status === 404
          ? "The file bindingwords.wasm is missing. The teacher can build it with \"bash scripts/build-web.sh\"."
          : "Try again in a moment; if it keeps failing, the teacher can restart the server.",
        "HTTP " + resp.status + " " + resp.statusText);
      return;
    }
    performance.mark("bw-response");
    // Same-origin responses show their headers: with Content-Encoding the
    // length is the compressed size that crosses the network.
    const encoded = !!resp.headers.get("Content-Encoding");
    const length = Number(resp.headers.get("Content-Length")) || 0;
    const total = (known && known.wasm) || (encoded ? 0 : length);
    const wire = encoded ? length : total;
    let got = 0;
    show(0, total, wire);
    let body = resp;
    if (resp.body && typeof ReadableStream === "function") {
      const reader = resp.body.getReader();
      const counted = new ReadableStream({
        async pull(ctrl) {
          const { done, value } = await reader.read();
          if (done) {
            performance.mark("bw-downloaded");
            stage.textContent = "Starting the game…";
            amount.textContent = "Downloaded. The browser is preparing the game: a few seconds.";
            bar.value = bar.max;
            ctrl.close();
            return;
          }
          got += value.byteLength;
          show(got, total, wire);
          ctrl.enqueue(value);
        },
        cancel(reason) { return reader.cancel(reason); },
      });
      body = new Response(counted, { headers: { "Content-Type": "application/wasm" } });
    }
    const go = new Go();
    let result;
    try {
      // Streaming compiles while the bytes arrive; an older browser
      // without it compiles once they are all in.
      result = WebAssembly.instantiateStreaming
        ? await WebAssembly.instantiateStreaming(body, go.importObject)
        : await WebAssembly.instantiate(await body.arrayBuffer(), go.importObject);
    } catch (e) {
      if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) {
        fail("The game's file is damaged",
          "The download arrived broken or is from another version. Try again; if it keeps failing, " +
          "the teacher can rebuild the game with \"bash scripts/build-web.sh\".", String(e));
      } else if (e instanceof RangeError) {
        fail("This device ran out of memory",
          "Close other tabs or apps, then try again.", String(e));
      } else {
        fail("The download stopped before the end",
          "The connection dropped while the game was downloading. Check the Wi-Fi, then try again.", String(e));
      }
      return;
    }
    performance.mark("bw-compiled");
    // The game stops only if something went badly wrong: say so rather
    // than leave a frozen picture.
    go.exit = (code) => {
      if (code !== 0) {
        fail("The game stopped with an error",
          "Reload the page; the game keeps its last save in this browser, so Continue takes you back.",
          "exit code " + code);
      }
    };
    // The game takes a moment more to set itself up before it draws:
    // the page says so until the game's canvas is there, rather than go
    // blank.
    stage.textContent = "Starting the game…";
    amount.textContent = "Setting up the table: a few seconds.";
    // The game's setup holds the page until it first waits: let the
    // browser draw these words first (a tab in the background draws no
    // frames, hence the timer).
    await new Promise((done) => {
      requestAnimationFrame(() => setTimeout(done, 0));
      setTimeout(done, 100);
    });
    performance.mark("bw-starting");
    const shown = () => {
      const loading = $("loading");
      if (loading && document.querySelector("canvas")) {
        loading.remove();
        performance.mark("bw-canvas");
        return true;
      }
      return false;
    };
    const watch = new MutationObserver(() => {
      if (shown()) watch.disconnect();
    });
    watch.observe(document.body, { childList: true, subtree: true });
    performance.mark("bw-run");
    go.run(result.instance);
    if (shown()) watch.disconnect();
  }

  load();
})();
