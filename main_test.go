package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// TestMain lets a test start the game in a child process: the window must
// be opened from the main goroutine, which only TestMain runs on.
func TestMain(m *testing.M) {
	if os.Getenv("BW_TEST_RUN_GAME") == "1" {
		os.Exit(dispatch(nil, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestNoDisplay starts the game where there is no display, as on a server
// or over SSH: instead of Ebitengine's "fbdev: failed to open /dev/fb0" it
// must say what is missing and what to do instead, and fail.
func TestNoDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the fallback to the framebuffer is Linux's")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			env = append(env, kv)
		}
	}
	// A saves folder of its own, so the child cannot touch the user's.
	cmd.Env = append(env, "BW_TEST_RUN_GAME=1", "XDG_CONFIG_HOME="+t.TempDir(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("want exit status 1, got %v; output:\n%s", err, out)
	}
	for _, want := range []string{"the game window cannot open", "DISPLAY", "scripts/build-web.sh", "bindingwords host"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the message does not say %q:\n%s", want, out)
		}
	}
}

// fullDisk fails every write, as a file on a full disk does.
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestHelpToAFullDisk: --help-game whose output cannot be written fails
// and says why, instead of exiting 0 with nothing written.
func TestHelpToAFullDisk(t *testing.T) {
	var stderr bytes.Buffer
	if code := dispatch([]string{"--help-game"}, fullDisk{}, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "no space left on device") {
		t.Errorf("stderr does not say the output was lost:\n%s", stderr.String())
	}
	var stdout bytes.Buffer
	if code := dispatch([]string{"--help-game"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "-scenario") {
		t.Errorf("--help-game to a good output: exit %d, output:\n%s", code, stdout.String())
	}
}
