package serve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// build writes a small build folder: a "game" of n repetitive bytes, the
// page, and a file outside the folder a request must never reach.
func build(t *testing.T, n int) (dir string, game []byte) {
	t.Helper()
	top := t.TempDir()
	dir = filepath.Join(top, "web")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	game = bytes.Repeat([]byte("\x00asm binding words "), n/19+1)[:n]
	write := func(p string, data []byte) {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "bindingwords.wasm"), game)
	write(filepath.Join(dir, "index.html"), []byte("<!DOCTYPE html><title>Binding Words</title>"))
	write(filepath.Join(top, "secret.txt"), []byte("not for the class"))
	return dir, game
}

func fetch(t *testing.T, h http.Handler, method, path, accept string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestPrepareThenServeCompressed(t *testing.T) {
	dir, game := build(t, 200_000)
	wrote, err := Prepare(dir)
	if err != nil {
		t.Fatal(err)
	}
	// index.html is under minCompress: no copy.
	if len(wrote) != 1 || wrote[0] != "bindingwords.wasm.gz" {
		t.Fatalf("Prepare wrote %v, want only the game's copy", wrote)
	}
	if again, _ := Prepare(dir); len(again) != 0 {
		t.Fatalf("Prepare rewrote fresh copies: %v", again)
	}
	h, err := Handler(dir)
	if err != nil {
		t.Fatal(err)
	}
	w := fetch(t, h, http.MethodGet, "/bindingwords.wasm", "gzip, deflate, br")
	_, gz, _ := Sizes(dir, "bindingwords.wasm")
	if w.Code != 200 || w.Header().Get("Content-Encoding") != "gzip" || w.Header().Get("Content-Type") != "application/wasm" ||
		w.Header().Get("Content-Length") != strconv.FormatInt(gz, 10) || w.Header().Get("Vary") != "Accept-Encoding" {
		t.Fatalf("compressed answer: %d %v", w.Code, w.Header())
	}
	zr, err := gzip.NewReader(w.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if !bytes.Equal(got, game) {
		t.Fatal("the compressed answer does not unpack to the game")
	}
	if gz >= int64(len(game))/4 {
		t.Fatalf("the copy is %d bytes for a %d-byte game", gz, len(game))
	}

	// A browser that takes no gzip, or refuses it with q=0, gets the game.
	for _, accept := range []string{"", "identity", "gzip;q=0, br"} {
		w = fetch(t, h, http.MethodGet, "/bindingwords.wasm", accept)
		if w.Header().Get("Content-Encoding") != "" || !bytes.Equal(w.Body.Bytes(), game) {
			t.Fatalf("Accept-Encoding %q: got %v, %d bytes", accept, w.Header(), w.Body.Len())
		}
	}
	// A range of the plain file still works (a resumed download).
	r := httptest.NewRequest(http.MethodGet, "/bindingwords.wasm", nil)
	r.Header.Set("Range", "bytes=0-4")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusPartialContent || w.Body.String() != string(game[:5]) {
		t.Fatalf("range: %d %q", w.Code, w.Body.String())
	}
}

func TestStaleCopyIsNotServed(t *testing.T) {
	dir, game := build(t, 50_000)
	if _, err := Prepare(dir); err != nil {
		t.Fatal(err)
	}
	// A rebuild after the copy was made: the copy is an earlier game.
	earlier := time.Now().Add(-time.Hour)
	p := filepath.Join(dir, "bindingwords.wasm.gz")
	if err := os.Chtimes(p, earlier, earlier); err != nil {
		t.Fatal(err)
	}
	h, _ := Handler(dir)
	w := fetch(t, h, http.MethodGet, "/bindingwords.wasm", "gzip")
	if w.Header().Get("Content-Encoding") != "" || !bytes.Equal(w.Body.Bytes(), game) {
		t.Fatalf("a stale copy was sent: %v", w.Header())
	}
	if wrote, _ := Prepare(dir); len(wrote) != 1 {
		t.Fatalf("Prepare did not renew the stale copy: %v", wrote)
	}
	w = fetch(t, h, http.MethodGet, "/bindingwords.wasm", "gzip")
	if w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("the renewed copy is not sent: %v", w.Header())
	}
}

func TestOnlyTheFolderIsServed(t *testing.T) {
	dir, _ := build(t, 5000)
	if err := os.Symlink(filepath.Join(dir, "..", "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	h, _ := Handler(dir)
	for _, path := range []string{"/../secret.txt", "/%2e%2e/secret.txt", "/link.txt", "/sub/", "/sub", "/nothing.js"} {
		if w := fetch(t, h, http.MethodGet, path, ""); w.Code != http.StatusNotFound {
			t.Errorf("%s: %d %q, want 404", path, w.Code, w.Body.String())
		}
	}
	if w := fetch(t, h, http.MethodGet, "/", "gzip"); w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("/ is not the page: %d %v", w.Code, w.Header())
	}
	if w := fetch(t, h, http.MethodPost, "/", ""); w.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST: %d", w.Code)
	}
	w := fetch(t, h, http.MethodHead, "/bindingwords.wasm", "")
	if w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("Content-Security-Policy") == "" {
		t.Fatalf("HEAD: %d, %d bytes, %v", w.Code, w.Body.Len(), w.Header())
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"gzip, deflate, br, zstd": true,
		"br;q=1.0, gzip;q=0.8":    true,
		"GZIP":                    true,
		"*":                       true,
		"":                        false,
		"identity":                false,
		"gzip;q=0":                false,
		"gzip; q=0.0, br":         false,
		"deflate, x-gzip":         true,
	} {
		if got := AcceptsGzip(header); got != want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}
