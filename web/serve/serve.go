// Package serve serves the browser build of Binding Words (the folder
// scripts/build-web.sh fills) the way a class needs it: the game's 30 MB
// of WebAssembly cross the school Wi-Fi compressed, about a quarter of
// that, once per device.
//
// build-web.sh writes a gzip copy beside each large file
// (bindingwords.wasm.gz); [Handler] sends it, with Content-Encoding:
// gzip, to every browser that accepts gzip (all of them do), and the
// plain file to one that does not. Nothing is compressed per request, so
// thirty devices opening the page at once cost the laptop no more than
// reading a file. [Prepare] writes the copies a build is missing, so a
// folder built some other way is served compressed too.
//
// The class host (game/host) serves its small team page from memory,
// compressed when it starts; the game's download is served from disk
// instead, as it is large and a rebuild should be picked up without a
// restart.
package serve

import (
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// compressible are the kinds of file worth a gzip copy: text and
// WebAssembly. Images and fonts are compressed already.
var compressible = map[string]bool{".wasm": true, ".js": true, ".html": true, ".css": true, ".json": true, ".txt": true}

// minCompress is the smallest file given a gzip copy: below it the
// headers cost more than the saving.
const minCompress = 1024

// Handler serves the files in dir: a request for X gets X.gz with
// Content-Encoding: gzip when the browser accepts gzip and X.gz is no
// older than X, and X itself otherwise. "/" is index.html. Folders are
// not listed, and nothing outside dir is reachable (not even through a
// symbolic link).
func Handler(dir string) (http.Handler, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return securityHeaders(&handler{root: root}), nil
}

type handler struct {
	root *os.Root
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "only GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	name = strings.TrimPrefix(name, "/")
	plain, info, ok := h.open(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer plain.Close()
	hdr := w.Header()
	typ := mime.TypeByExtension(path.Ext(name))
	if typ == "" {
		typ = "application/octet-stream"
	}
	hdr.Set("Content-Type", typ)
	// The build changes only when the teacher rebuilds: the browser asks
	// again each time (a round trip, answered 304 Not Modified, not a
	// download).
	hdr.Set("Cache-Control", "no-cache")
	body, mod := io.ReadSeeker(plain), info.ModTime()
	if compressible[path.Ext(name)] {
		hdr.Add("Vary", "Accept-Encoding")
		if AcceptsGzip(r.Header.Get("Accept-Encoding")) {
			if gz, gi, ok := h.open(name + ".gz"); ok {
				defer gz.Close()
				// A copy older than its file is from an earlier build:
				// sending it would start yesterday's game.
				if !gi.ModTime().Before(info.ModTime()) {
					hdr.Set("Content-Encoding", "gzip")
					body, mod = gz, gi.ModTime()
					// ServeContent leaves the length out of an encoded
					// answer; the loading bar wants it. A range of the
					// compressed bytes helps no browser, so the whole
					// copy is sent.
					hdr.Set("Content-Length", strconv.FormatInt(gi.Size(), 10))
					r = r.Clone(r.Context())
					r.Header.Del("Range")
				}
			}
		}
	}
	http.ServeContent(w, r, name, mod, body)
}

// open opens a regular file under the root; a folder, a missing file or
// a name leaving the root is not found.
func (h *handler) open(name string) (*os.File, fs.FileInfo, bool) {
	f, err := h.root.Open(filepath.FromSlash(name))
	if err != nil {
		return nil, nil, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, info, true
}

// AcceptsGzip reports whether an Accept-Encoding header value admits
// gzip: "gzip" (or "*") listed without q=0.
func AcceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != "gzip" && coding != "x-gzip" && coding != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if q > 0 {
			return true
		}
	}
	return false
}

// securityHeaders keeps the game to itself, as the class host does for
// its team page: its own scripts only (and the compiling of its own
// WebAssembly), no framing, no referrer.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// Prepare writes a gzip copy (X.gz) beside each compressible file in dir
// that has none or an outdated one, and returns the names it wrote.
// build-web.sh writes them already; this covers a folder built by hand.
func Prepare(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var wrote []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !compressible[filepath.Ext(name)] {
			continue
		}
		info, err := e.Info()
		if err != nil || info.Size() < minCompress {
			continue
		}
		p := filepath.Join(dir, name)
		if gi, err := os.Stat(p + ".gz"); err == nil && !gi.ModTime().Before(info.ModTime()) {
			continue
		}
		if err := gzipFile(p); err != nil {
			return wrote, err
		}
		wrote = append(wrote, name+".gz")
	}
	return wrote, nil
}

// gzipFile writes p.gz at the best compression, through a temporary file
// so a half-written copy is never served.
func gzipFile(p string) (err error) {
	in, err := os.Open(p)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(p), ".gz-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	zw, _ := gzip.NewWriterLevel(tmp, gzip.BestCompression)
	if _, err = io.Copy(zw, in); err != nil {
		return err
	}
	if err = zw.Close(); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), p+".gz")
}

// Sizes are the bytes of a file in dir as built and as sent compressed
// (0 when it has no gzip copy).
func Sizes(dir, name string) (plain, gz int64, err error) {
	info, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		return 0, 0, err
	}
	if gi, gerr := os.Stat(filepath.Join(dir, name) + ".gz"); gerr == nil {
		gz = gi.Size()
	} else if !errors.Is(gerr, fs.ErrNotExist) {
		return 0, 0, gerr
	}
	return info.Size(), gz, nil
}
