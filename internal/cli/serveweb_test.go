package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestServeWebUsageAndMissingBuild(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--lan", "--listen", "127.0.0.1"}, 2, "choose one"},
		{[]string{"--listen", "school"}, 2, "want an IP address"},
		{[]string{"--port", "70000"}, 2, "want 0 to 65535"},
		{[]string{"extra"}, 2, "unexpected argument"},
		{[]string{"--dir", t.TempDir()}, 1, "build it first with \"bash scripts/build-web.sh\""},
	} {
		var out, errs strings.Builder
		if code := Run(append([]string{"serve-web"}, c.args...), &out, &errs); code != c.code || !strings.Contains(errs.String(), c.want) {
			t.Errorf("serve-web %v: exit %d, stderr %q; want %d and %q", c.args, code, errs.String(), c.code, c.want)
		}
	}
}

// TestServeWebSendsTheCompressedCopy serves a build folder that has no
// gzip copy yet (built by hand): serve-web writes it, says what a device
// downloads, and sends it with Content-Encoding: gzip on loopback.
func TestServeWebSendsTheCompressedCopy(t *testing.T) {
	dir := t.TempDir()
	game := bytes.Repeat([]byte("\x00asm the game "), 20000)
	if err := os.WriteFile(filepath.Join(dir, "bindingwords.wasm"), game, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	old := hostSignals
	hostSignals = func() (context.Context, context.CancelFunc) { return ctx, stop }
	defer func() { hostSignals = old }()

	pr, pw := io.Pipe()
	var errs strings.Builder
	exit := make(chan int, 1)
	go func() {
		exit <- runServeWeb([]string{"--dir", dir, "--port", "0"}, pw, &errs)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	open := regexp.MustCompile(`^Open (http://127\.0\.0\.1:\d+/)$`)
	var base string
	var said []string
	for base == "" && lines.Scan() {
		said = append(said, lines.Text())
		if m := open.FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if base == "" {
		stop()
		<-exit
		t.Fatalf("serve-web printed no address: %q (stderr %q)", said, errs.String())
	}
	text := strings.Join(said, "\n")
	if !strings.Contains(text, "bindingwords.wasm.gz") || !strings.Contains(text, "each device downloads 0.0 MB (0.3 MB before compression)") {
		t.Errorf("serve-web said:\n%s", text)
	}
	req, _ := http.NewRequest(http.MethodGet, base+"bindingwords.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "gzip" || len(body) >= len(game)/10 {
		t.Errorf("the game went out as %d bytes, %v", len(body), resp.Header)
	}
	stop()
	if code := <-exit; code != 0 {
		t.Fatalf("serve-web stopped with %d: %s", code, errs.String())
	}
}
